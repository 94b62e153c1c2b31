// SPDX-License-Identifier: GPL-3.0-or-later
// A links file: a row per fiber link, its ends named by site name. A link is matched like a
// site is: the same two sites (either way round) and the same carrier are the same link, so
// importing an export again updates its links instead of adding them a second time.
#include "core/domain/enumtext.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/io/importcontext.h"
#include "core/io/seenkeys.h"

#include <QCoreApplication>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImportPlan)
};

QString linkKey(Id a, Id b, const QString& carrier)
{
    return QStringLiteral("%1:%2:%3").arg(std::min(a, b)).arg(std::max(a, b)).arg(nameKey(carrier));
}

class LinkRows final : public RowPlanner
{
public:
    explicit LinkRows(ImportContext& context) : m_context(context)
    {
        const Dataset& data = context.data();
        for (const Site& site : data.sites)
            m_sites.insert(nameKey(site.name), site.id);
        for (int i = 0; i < data.links.size(); ++i)
            m_existing.insert(
                linkKey(data.links[i].siteA, data.links[i].siteB, data.links[i].carrier), i);
    }

    QVector<std::pair<const char*, QString>> required() const override
    {
        const QString message =
            Text::tr("The file has no \"%1\" column; links name the sites at both ends.");
        return {{"site_a", message.arg(QStringLiteral("site_a"))},
                {"site_b", message.arg(QStringLiteral("site_b"))}};
    }

    void plan(const Record& record) override
    {
        ImportContext& c = m_context;
        const int row = record.row;
        const int problemsBefore = c.plan().issueCount;
        const Id ends[2] = {siteAtEnd(record, "site_a"), siteAtEnd(record, "site_b")};
        const QString carrier = c.text(record, "carrier");
        const QString key = linkKey(ends[0], ends[1], carrier);
        const int at = ends[0] && ends[1] ? m_existing.value(key, -1) : -1;
        const FiberLink* existing = at >= 0 ? &c.data().links[at] : nullptr;
        if (ends[0] && ends[1]) {
            if (const int first = m_seen.firstRow(key, row))
                c.issue(
                    row, "site_a",
                    Text::tr("The same link (these two sites, this carrier) is also on row %1; a "
                             "link can be in the "
                             "file once.")
                        .arg(first));
        }

        FiberLink link = linkFrom(record, existing, ends, carrier);
        if (link.siteA && link.siteB) {
            for (const FieldError& e : validate(link)) {
                const QByteArray field = e.field.toLatin1();
                c.issue(row, field.constData(), e.message);
            }
        }
        const Id source =
            c.source(row, c.text(record, "source_title"), c.text(record, "source_url"));
        if (c.plan().issueCount > problemsBefore)
            return;
        if (c.has("source_title") || c.has("source_url"))
            link.sourceId = source;
        if (existing && link == *existing) {
            ++c.plan().unchanged;
            return;
        }
        if (c.add(Change{Change::Kind::Upsert, Row(link)}, row, existing != nullptr) != 0)
            ++(existing ? c.plan().updated : c.plan().added);
    }

private:
    // The site one end names; 0, with the row's issue, when there is none of that name.
    Id siteAtEnd(const Record& record, const char* field)
    {
        ImportContext& c = m_context;
        const QString name = c.text(record, field);
        const Id id = m_sites.value(nameKey(name), 0);
        if (!id)
            c.issue(record.row, field,
                    name.isEmpty()
                        ? Text::tr("Name the site at this end.")
                        : Text::tr("There is no site named \"%1\"; import the sites first.")
                              .arg(name));
        return id;
    }

    // The row's link: the stored one it updates (or a new one) with the file's columns over it.
    FiberLink linkFrom(const Record& record, const FiberLink* existing, const Id (&ends)[2],
                       const QString& carrier)
    {
        ImportContext& c = m_context;
        const int row = record.row;
        FiberLink link = existing ? *existing : FiberLink();
        link.siteA = ends[0];
        link.siteB = ends[1];
        if (c.has("carrier"))
            link.carrier = carrier;
        if (c.has("note"))
            link.note = c.text(record, "note");
        if (c.has("capacity_tbps")) {
            bool given = false;
            const std::optional<double> capacity = c.number(record, "capacity_tbps", &given);
            if (capacity || !given)
                link.capacityTbps = capacity;
        }
        if (const QString status = c.statusKey(record, "status", false); !status.isEmpty())
            link.status = *linkStatusFromKey(status);
        if (c.has("active_date")) {
            const QString text = c.text(record, "active_date");
            link.activeDate = QDate();
            if (!text.isEmpty()) {
                link.activeDate = QDate::fromString(text.left(10), Qt::ISODate);
                if (!link.activeDate.isValid())
                    c.issue(row, "active_date",
                            Text::tr("\"%1\" is not a date; write it YYYY-MM-DD.").arg(text));
            }
        }
        return link;
    }

    ImportContext& m_context;
    QHash<QString, Id> m_sites;     // name key → site id
    QHash<QString, int> m_existing; // link key → index in the data's links
    SeenKeys m_seen;                // link keys, with the row each was first seen on
};

} // namespace

std::unique_ptr<RowPlanner> linkRows(ImportContext& context)
{
    return std::make_unique<LinkRows>(context);
}

} // namespace atlas::io
