// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/integritycheck.h"

#include "db/geopackageenvelope.h"
#include "db/rtreeindexes.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <optional>

namespace atlas::db {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::db::IntegrityCheck)
};

// The sentence for one, or for several with %n the count: `one` a QT_TRANSLATE_NOOP text,
// `several` a QT_TRANSLATE_N_NOOP one (a translation gives it its language's plural forms).
QString counted(qsizetype n, const char* one, const char* several)
{
    return n == 1
               ? QCoreApplication::translate("atlas::db::IntegrityCheck", one)
               : QCoreApplication::translate("atlas::db::IntegrityCheck", several, nullptr, int(n));
}

// "1, 2, 3, 4, 5, …": enough ids to find the rows, not a flood.
QString someIds(const QStringList& ids)
{
    constexpr int kShown = 5;
    QString text = ids.mid(0, kShown).join(QStringLiteral(", "));
    if (ids.size() > kShown)
        text += QStringLiteral(", …");
    return text;
}

// "the index of sites by name (sqlite_autoindex_sites_1)"
QString describeIndex(QSqlDatabase& db, const QString& index)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE name = ?"));
    query.addBindValue(index);
    const QString table = query.exec() && query.next() ? query.value(0).toString() : QString();
    QStringList columns;
    query.prepare(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"));
    query.addBindValue(index);
    if (query.exec()) {
        while (query.next())
            columns << query.value(0).toString();
    }
    if (table.isEmpty() || columns.isEmpty())
        return Text::tr("the index %1").arg(index);
    return Text::tr("the index of %1 by %2 (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), index);
}

// The index's description opens the sentence.
QString capitalized(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

bool sameBound(double stored, double exact)
{
    // The R-tree keeps 32-bit floats, rounded outwards: within a few units of their precision.
    return std::abs(stored - exact) <= 1e-6 * std::max(1.0, std::abs(exact));
}

} // namespace

IntegrityReport checkStructure(QSqlDatabase& db, QString* error)
{
    IntegrityReport report;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        *error = query.lastError().databaseText();
        return report;
    }
    static const QRegularExpression missingRow(
        QStringLiteral("^row (\\d+) missing from index (\\S+)$"));
    static const QRegularExpression wrongCount(
        QStringLiteral("^wrong # of entries in index (\\S+)$"));
    static const QRegularExpression notUnique(
        QStringLiteral("^non-unique entry in UNIQUE index (\\S+)$"));
    static const QRegularExpression nullValue(QStringLiteral("^NULL value in (\\S+)\\.(\\S+)$"));
    static const QRegularExpression checkFailed(
        QStringLiteral("^CHECK constraint failed in (\\S+)$"));
    QMap<QString, QStringList> missing; // by index: the rows it lacks
    QStringList miscounted, duplicated;
    QStringList other;
    while (query.next()) {
        QString line = query.value(0).toString();
        if (line == QLatin1String("ok"))
            continue;
        line.remove(QRegularExpression(QStringLiteral("^\\*\\*\\* in database \\w+ \\*\\*\\*\\n")));
        if (const auto m = missingRow.match(line); m.hasMatch())
            missing[m.captured(2)] << m.captured(1);
        else if (const auto w = wrongCount.match(line); w.hasMatch())
            miscounted << w.captured(1);
        else if (const auto u = notUnique.match(line); u.hasMatch())
            duplicated << u.captured(1);
        else if (const auto n = nullValue.match(line); n.hasMatch())
            other << Text::tr("A row of %1 has no %2, which the table requires.")
                         .arg(n.captured(1), n.captured(2));
        else if (const auto c = checkFailed.match(line); c.hasMatch())
            other << Text::tr("A row of %1 breaks one of the table's rules (a CHECK constraint).")
                         .arg(c.captured(1));
        else
            other << Text::tr("The file's structure is damaged (SQLite reports: %1).").arg(line);
    }
    query.finish();
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        report.problems
            << counted(it.value().size(),
                       QT_TRANSLATE_NOOP(
                           "atlas::db::IntegrityCheck",
                           "%1 does not match its table: a row is missing from it (row %2)."),
                       QT_TRANSLATE_N_NOOP(
                           "atlas::db::IntegrityCheck",
                           "%1 does not match its table: %n rows are missing from it (rows %2)."))
                   .arg(capitalized(describeIndex(db, it.key())), someIds(it.value()));
    }
    for (const QString& index : std::as_const(miscounted)) {
        if (!missing.contains(index))
            report.problems
                << Text::tr("%1 holds a different number of entries than its table has rows.")
                       .arg(capitalized(describeIndex(db, index)));
    }
    for (const QString& index : std::as_const(duplicated))
        report.problems << Text::tr("%1 holds the same value twice, though it keeps values unique.")
                               .arg(capitalized(describeIndex(db, index)));
    report.damagedIndexes = !report.problems.isEmpty();
    report.damagedStructure = !other.isEmpty();
    report.problems << other;
    return report;
}

namespace {

QStringList checkReferences(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {Text::tr("The references between tables could not be checked: %1")
                    .arg(query.lastError().databaseText())};
    QMap<std::pair<QString, QString>, QStringList> broken; // (table, parent): row ids
    while (query.next())
        broken[{query.value(0).toString(), query.value(2).toString()}] << query.value(1).toString();
    QStringList problems;
    for (auto it = broken.cbegin(); it != broken.cend(); ++it) {
        problems << counted(it.value().size(),
                            QT_TRANSLATE_NOOP(
                                "atlas::db::IntegrityCheck",
                                "A row of %1 refers to a row of %2 that is not there (row %3)."),
                            QT_TRANSLATE_N_NOOP(
                                "atlas::db::IntegrityCheck",
                                "%n rows of %1 refer to rows of %2 that are not there (rows %3)."))
                        .arg(it.key().first, it.key().second, someIds(it.value()));
    }
    return problems;
}

// The triggers GDAL named for this index (rtree_TABLE_COLUMN_…).
QStringList indexTriggers(QSqlDatabase& db, const RTreeIndex& index)
{
    QStringList triggers;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
    query.addBindValue(index.table);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(0).toString().startsWith(index.rtreeTable() + QLatin1Char('_'),
                                                     Qt::CaseInsensitive))
                triggers << query.value(0).toString();
        }
    }
    return triggers;
}

// How many boxes of the index are missing, extra or at the wrong place; none when the
// layer or its R-tree cannot be read.
std::optional<int> misplacedBoxes(QSqlDatabase& db, const RTreeIndex& index, const QString& key)
{
    // Both in id order, walked side by side: every measurable geometry has its box.
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery boxes(db);
    boxes.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL ORDER BY %1")
                .arg(quotedName(key), quotedName(index.column), quotedName(index.table))) ||
        !boxes.exec(QStringLiteral("SELECT id, minx, maxx, miny, maxy FROM %1 ORDER BY id")
                        .arg(quotedName(index.rtreeTable()))))
        return std::nullopt;
    int wrong = 0;
    bool haveBox = boxes.next();
    while (rows.next()) {
        const GeometryEnvelope box = geometryEnvelope(rows.value(1).toByteArray());
        const qint64 id = rows.value(0).toLongLong();
        for (; haveBox && boxes.value(0).toLongLong() < id; haveBox = boxes.next())
            ++wrong; // a box for a row that is gone or has no geometry
        const bool indexed = haveBox && boxes.value(0).toLongLong() == id;
        if (box.kind == GeometryEnvelope::Kind::Bounded) {
            if (!indexed || !sameBound(boxes.value(1).toDouble(), box.minX) ||
                !sameBound(boxes.value(2).toDouble(), box.maxX) ||
                !sameBound(boxes.value(3).toDouble(), box.minY) ||
                !sameBound(boxes.value(4).toDouble(), box.maxY))
                ++wrong;
        } else if (indexed) {
            ++wrong; // an empty or unreadable geometry has no place in the index
        }
        if (indexed)
            haveBox = boxes.next();
    }
    for (; haveBox; haveBox = boxes.next())
        ++wrong;
    return wrong;
}

QStringList checkSpatialIndexes(QSqlDatabase& db)
{
    QStringList problems;
    for (const RTreeIndex& index : rtreeIndexes(db)) {
        const QString layer = QStringLiteral("%1.%2").arg(index.table, index.column);
        const QString rebuild = Text::tr("Rebuild it with GDAL: ogrinfo FILE -sql \"SELECT "
                                         "DisableSpatialIndex('%1', '%2')\", "
                                         "then the same with CreateSpatialIndex.")
                                    .arg(index.table, index.column);
        const QString key = integerKeyWithColumn(db, index.table, index.column);
        if (key.isEmpty() || !schemaObjectExists(db, "table", index.rtreeTable())) {
            problems << Text::tr(
                            "GDAL's spatial index of %1 is registered, but its table or R-tree is "
                            "gone; QGIS may fail to read the layer.")
                            .arg(layer);
            continue;
        }
        if (!keepsIndexUp(indexTriggers(db, index)))
            problems << Text::tr(
                            "GDAL's spatial index of %1 has lost its triggers, so it no longer "
                            "follows changes: QGIS and GDAL may look for rows at old places. %2")
                            .arg(layer, rebuild);

        const std::optional<int> wrong = misplacedBoxes(db, index, key);
        if (!wrong) {
            problems << Text::tr("GDAL's spatial index of %1 could not be read.").arg(layer);
            continue;
        }
        if (*wrong > 0)
            problems
                << counted(
                       *wrong,
                       QT_TRANSLATE_NOOP(
                           "atlas::db::IntegrityCheck",
                           "GDAL's spatial index of %1 is out of date: a row is missing from it "
                           "or at the wrong place in it. %2"),
                       QT_TRANSLATE_N_NOOP(
                           "atlas::db::IntegrityCheck",
                           "GDAL's spatial index of %1 is out of date: %n rows are missing from it "
                           "or at the wrong place in it. %2"))
                       .arg(layer, rebuild);
    }
    return problems;
}

} // namespace

IntegrityReport checkEverything(QSqlDatabase& db, QString* error)
{
    IntegrityReport report = checkStructure(db, error);
    if (!error->isEmpty())
        return report;
    const QStringList references = checkReferences(db);
    report.brokenReferences = !references.isEmpty();
    report.problems << references << checkSpatialIndexes(db);
    return report;
}

QString IntegrityReport::advice() const
{
    if (damagedStructure)
        return Text::tr("Restore it from a backup.");
    if (damagedIndexes)
        return Text::tr("Its rows are intact: rebuilding its indexes repairs it. Try it on a copy: "
                        "sqlite3 COPY.gpkg \"REINDEX\", then check the copy.");
    if (brokenReferences)
        return Text::tr(
            "Correct or delete the rows named above, or restore the file from a backup.");
    return {}; // a spatial index's sentence says how to rebuild it
}

} // namespace atlas::db
