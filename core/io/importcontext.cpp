// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importcontext.h"

#include "core/domain/enumtext.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/io/operatorcolors.h"
#include "core/io/spreadsheetcells.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImportPlan)
};

} // namespace

ImportContext::ImportContext(ImportKind kind, const Dataset& data, ChangeSink& sink,
                             ImportPlan& plan, const ImportOptions& options)
    : m_data(data), m_sink(sink), m_plan(plan), m_options(options),
      m_columns(kind, {}, options.choices)
{
    for (const Operator& op : data.operators)
        m_operators.insert(nameKey(op.name), op.id);
    for (const Source& s : data.sources)
        m_sources.insert(s.url.isEmpty() ? QStringLiteral("title:") + s.title : s.url, s.id);
}

QString ImportContext::text(const Record& record, const char* field) const
{
    const int column = m_columns.index(field);
    if (column < 0)
        return {};
    // Our CSV export writes an apostrophe before a cell a spreadsheet would run as a formula;
    // reading our own file back takes it off again (io/spreadsheetcells.h).
    return restoredCell(record.at(column)).trimmed();
}

std::optional<double> ImportContext::number(const Record& record, const char* field, bool* given)
{
    const QString value = text(record, field);
    if (given)
        *given = !value.isEmpty();
    if (value.isEmpty())
        return std::nullopt;
    // std::from_chars on ASCII: QString::toDouble goes through the locale machinery, which an
    // import of a million rows notices.
    char ascii[64];
    bool ok = value.size() < qsizetype(sizeof ascii);
    for (qsizetype i = 0; ok && i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        ok = c < 0x80;
        ascii[i] = char(c);
    }
    double parsed = 0;
    if (ok) {
        const char* begin = ascii + (ascii[0] == '+' ? 1 : 0); // from_chars takes no leading plus
        const char* end = ascii + value.size();
        const auto [stop, error] = std::from_chars(begin, end, parsed);
        ok = error == std::errc() && stop == end && std::isfinite(parsed);
    }
    if (!ok) {
        issue(record.row, field,
              Text::tr("\"%1\" is not a number; write it with a dot for decimals and no thousands "
                       "separators.")
                  .arg(value));
        return std::nullopt;
    }
    return parsed;
}

std::optional<std::pair<QDate, DatePrecision>> ImportContext::date(const Record& record,
                                                                   const char* field)
{
    QString value = text(record, field);
    if (value.isEmpty())
        return std::nullopt;
    // A date-time as databases and Airtable export it: the day is what a phase needs.
    if (value.size() > 10 && value[10] == QLatin1Char('T'))
        value.truncate(10);
    if (const std::optional<DateWithPrecision> parsed = parseDate(value))
        return std::pair{parsed->date, parsed->precision};
    issue(record.row, field,
          Text::tr("\"%1\" is not a date; write 2027-Q1, 2025-09, 2026 or 2025-10-09.").arg(value));
    return std::nullopt;
}

bool ImportContext::flag(const Record& record, const char* field)
{
    const QString value = text(record, field).toCaseFolded();
    if (value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("no") ||
        value == QLatin1String("false"))
        return false;
    if (value == QLatin1String("1") || value == QLatin1String("yes") ||
        value == QLatin1String("true") || value == QLatin1String("x") ||
        value == QLatin1String("y"))
        return true;
    issue(record.row, field,
          Text::tr("\"%1\" is not yes or no; write yes, no, 1 or 0.").arg(value));
    return false;
}

QString ImportContext::statusKey(const Record& record, const char* field, bool sites)
{
    const QString word = text(record, field);
    if (word.isEmpty())
        return {};
    const QString key = sites ? siteStatusKey(word) : linkStatusKey(word);
    if (key.isEmpty()) {
        issue(record.row, field,
              Text::tr("\"%1\" is not a status: use %2.")
                  .arg(word,
                       (sites ? siteStatusKeys() : linkStatusKeys()).join(QStringLiteral(", "))));
        return {};
    }
    if (word.compare(key, Qt::CaseInsensitive) != 0) {
        const QString at = QString::fromLatin1(field) + QLatin1Char('\n') + word.toCaseFolded();
        auto it = m_valueMappings.find(at);
        if (it == m_valueMappings.end()) {
            it = m_valueMappings.insert(at, int(m_plan.valueMappings.size()));
            m_plan.valueMappings.append({m_columns.column(field), word, key, 0});
        }
        ++m_plan.valueMappings[*it].rows;
    }
    return key;
}

void ImportContext::issue(int row, const char* field, const QString& message)
{
    issueInColumn(row, m_columns.column(field), message);
}

void ImportContext::issueInColumn(int row, const QString& column, const QString& message)
{
    ++m_plan.issueCount;
    if (m_plan.issues.size() < ImportPlan::kMaxIssues)
        m_plan.issues.append({row, column, message});
}

Id ImportContext::add(Change change, int row, bool updates)
{
    if (!writing())
        return 0;
    const qsizetype index = m_sink.count();
    if (m_plan.preview.size() < m_options.previewRows && row > 0)
        m_plan.preview.append({row, updates, change.row});
    m_recentRows[size_t(index) % m_recentRows.size()] = row;
    if (!m_sink.add(change)) {
        sinkFailed(row);
        return 0;
    }
    const Id stored = m_sink.lastStoredId();
    return stored != 0 ? stored : insertedBy(index);
}

bool ImportContext::flush()
{
    if (!writing())
        return false;
    if (m_sink.flush())
        return true;
    sinkFailed(0);
    return false;
}

void ImportContext::sinkFailed(int row)
{
    // Said at the row the failed change came from (the sink may have taken several more
    // since), so nothing needs to remember every change's row.
    m_sinkOk = false;
    const qsizetype failed = m_sink.failedIndex();
    if (failed >= 0 && m_sink.count() - failed < qsizetype(m_recentRows.size()))
        row = m_recentRows[size_t(failed) % m_recentRows.size()];
    issueInColumn(row, QString(), m_sink.error());
}

Id ImportContext::operatorNamed(int row, const QString& name)
{
    if (name.isEmpty())
        return 0;
    const QString key = nameKey(name);
    if (const Id id = m_operators.value(key))
        return id;
    const Operator added{0, normalizedName(name), operatorColor(name),
                         Text::tr("Added by an import.")};
    if (const FieldErrors errors = validate(added); !errors.isEmpty()) {
        for (const FieldError& e : errors)
            issue(row, "operator", e.message);
        return 0;
    }
    const Id id = add(Change{Change::Kind::Upsert, Row(added)}, 0, false);
    if (id == 0)
        return 0;
    ++m_plan.operatorsAdded;
    m_operators.insert(key, id);
    return id;
}

Id ImportContext::source(int row, const QString& title, const QString& url)
{
    if (title.isEmpty() && url.isEmpty())
        return 0;
    const QString key = url.isEmpty() ? QStringLiteral("title:") + title : url;
    if (const Id id = m_sources.value(key))
        return id;
    const Source added{0, title.isEmpty() ? url : title, url, QString(), QString(), QString()};
    if (const FieldErrors errors = validate(added); !errors.isEmpty()) {
        for (const FieldError& e : errors)
            issue(row, e.field == QLatin1String("url") ? "source_url" : "source_title", e.message);
        return 0;
    }
    const Id id = add(Change{Change::Kind::Upsert, Row(added)}, 0, false);
    if (id == 0)
        return 0;
    ++m_plan.sourcesAdded;
    m_sources.insert(key, id);
    return id;
}

} // namespace atlas::io
