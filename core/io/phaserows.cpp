// SPDX-License-Identifier: GPL-3.0-or-later
// A phases file: a row per phase, or a row per chip of a phase whose fleet mixes chips (the
// rows of one phase together, as the export writes them: the same site and date). A phase
// of a date the site already has is updated; others are added.
#include "core/domain/enumtext.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/io/importcontext.h"
#include "core/io/phasefields.h"
#include "core/io/seenkeys.h"

#include <QCoreApplication>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImportPlan)
};

class PhaseRows final : public RowPlanner
{
public:
    explicit PhaseRows(ImportContext& context) : m_context(context)
    {
        for (const Site& site : context.data().sites)
            m_sites.insert(nameKey(site.name), site.id);
    }

    QVector<std::pair<const char*, QString>> required() const override
    {
        return {{"site", Text::tr("The file has no \"site\" column; each phase names its site.")},
                {"online_date",
                 Text::tr("The file has no \"online_date\" column; each phase has a date.")}};
    }

    void plan(const Record& record) override
    {
        ImportContext& c = m_context;
        const int row = record.row;
        const int problemsBefore = c.plan().issueCount;
        const QString name = c.text(record, "site");
        const Id siteId = m_sites.value(nameKey(name), 0);
        if (!siteId)
            c.issue(
                row, "site",
                name.isEmpty()
                    ? Text::tr("Name the phase's site.")
                    : Text::tr("There is no site named \"%1\"; import the sites first.").arg(name));
        PhaseFields fields = readPhaseFields(c, record);
        if (!fields.date && c.text(record, "online_date").isEmpty())
            c.issue(row, "online_date",
                    Text::tr("A phase needs a date: 2027-Q1, 2025-09, 2026 or 2025-10-09."));
        fields.note = c.text(record, "note");
        const Id source =
            c.source(row, c.text(record, "source_title"), c.text(record, "source_url"));
        if (c.plan().issueCount > problemsBefore) {
            m_pending.reset();
            return;
        }
        const QString key =
            QStringLiteral("%1:%2").arg(siteId).arg(fields.date->first.toString(Qt::ISODate));
        if (m_pending && m_pendingKey == key) {
            // Another chip of the same phase.
            applyPhaseFields(fields, &*m_pending);
            return;
        }
        flush();
        if (const int first = m_seen.firstRow(key, row)) {
            c.issue(
                row, "online_date",
                Text::tr("This site's phase of this date is also on row %1; put the rows of one "
                         "phase together.")
                    .arg(first));
            return;
        }
        SitePhase phase;
        for (const SitePhase* stored : c.data().phasesOf(siteId)) {
            if (stored->onlineDate == fields.date->first)
                phase = *stored;
        }
        m_before = phase;
        phase.siteId = siteId;
        if (fields.givesChip() && phase.id != 0)
            phase.chips.clear(); // the file's rows give the whole fleet
        applyPhaseFields(fields, &phase);
        if (c.has("source_title") || c.has("source_url"))
            phase.sourceId = source;
        m_pending = phase;
        m_pendingKey = key;
        m_pendingRow = row;
    }

    void finish() override { flush(); }

private:
    void flush()
    {
        if (!m_pending)
            return;
        ImportContext& c = m_context;
        const SitePhase phase = *m_pending;
        m_pending.reset();
        const FieldErrors errors = validate(phase);
        for (const FieldError& e : errors) {
            const QByteArray field = e.field.toLatin1();
            c.issue(m_pendingRow, field.constData(), e.message);
        }
        if (!errors.isEmpty())
            return;
        const bool updates = phase.id != 0;
        if (updates && phase == m_before) {
            ++c.plan().unchanged;
            return;
        }
        if (c.add(Change{Change::Kind::Upsert, Row(phase)}, m_pendingRow, updates) != 0)
            ++(updates ? c.plan().phasesUpdated : c.plan().phasesAdded);
    }

    ImportContext& m_context;
    QHash<QString, Id> m_sites; // name key → site id
    SeenKeys m_seen;            // site and date, with the row the phase starts on
    std::optional<SitePhase> m_pending;
    SitePhase m_before;
    QString m_pendingKey;
    int m_pendingRow = 0;
};

} // namespace

std::unique_ptr<RowPlanner> phaseRows(ImportContext& context)
{
    return std::make_unique<PhaseRows>(context);
}

} // namespace atlas::io
