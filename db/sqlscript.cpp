// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlscript.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace atlas::db {
namespace {

bool isTriggerDefinition(const QString& statement)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEnd(const QString& statement)
{
    static const QRegularExpression end(QStringLiteral(R"(\bEND\s*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

QStringList splitSqlStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script[i] != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            // Quoted text or identifier; a doubled quote stands for itself.
            current += c;
            for (++i; i < n; ++i) {
                current += script[i];
                if (script[i] == c) {
                    if (i + 1 < n && script[i + 1] == c) {
                        current += script[++i];
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == QLatin1Char(';')) {
            const QString statement = current.trimmed();
            if (isTriggerDefinition(statement) && !endsWithEnd(statement)) {
                current += c; // a statement inside the trigger's body
                continue;
            }
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    if (const QString rest = current.trimmed(); !rest.isEmpty())
        statements << rest;
    return statements;
}

QString runSqlScript(QSqlDatabase& db, const QString& script)
{
    for (const QString& statement : splitSqlStatements(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return QStringLiteral("%1 (in: %2)")
                .arg(query.lastError().text(), statement.section(QLatin1Char('\n'), 0, 0));
        }
    }
    return {};
}

} // namespace atlas::db
