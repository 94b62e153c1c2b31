// SPDX-License-Identifier: GPL-3.0-or-later
// Types into a form's line edit as a user would (select all, then key clicks), so that the
// form sees textEdited and checks the field as it does for a person.
#pragma once

#include <QLineEdit>
#include <QTest>

namespace atlas::test {

inline void typeInto(QWidget* editor, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
}

} // namespace atlas::test
