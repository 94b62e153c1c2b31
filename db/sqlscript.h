// SPDX-License-Identifier: GPL-3.0-or-later
// Runs SQL text of several statements (migrations, the sample data) one statement at a time,
// as QSqlQuery executes only one.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace atlas::db {

// Splits at the semicolons that end statements: not those inside quotes, comments or the
// BEGIN ... END body of a CREATE TRIGGER. Empty statements and comments are dropped.
QStringList splitSqlStatements(const QString& script);

// Executes each statement; stops at the first error and returns its message, with the
// statement's first line, or an empty string when all succeeded. Runs in whatever
// transaction the caller has opened.
QString runSqlScript(QSqlDatabase& db, const QString& script);

} // namespace atlas::db
