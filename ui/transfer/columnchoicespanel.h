// SPDX-License-Identifier: GPL-3.0-or-later
// How an import reads a file, shown before it imports: the columns read under another name
// ("power_mw read as it_mw"), the status words read as ours, and a choice for each column the
// app does not know (read it as one of the fields, or leave it out). The choices are
// remembered for files with the same columns, so the next release of a spreadsheet imports
// the same way.
#pragma once

#include "core/io/importplan.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace atlas {

class ColumnChoicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnChoicesPanel(io::ImportKind kind, QWidget* parent = nullptr);

    // Shows what the plan read and offers a choice for each column it did not.
    void show(const io::ImportPlan& plan, const io::ColumnChoices& choices);
    io::ColumnChoices choices() const { return m_choices; }

    // Choices remembered for files with these columns (the whole header, in order).
    static io::ColumnChoices remembered(io::ImportKind kind, const QStringList& columns);
    static void remember(io::ImportKind kind, const QStringList& columns,
                         const io::ColumnChoices& choices);

Q_SIGNALS:
    void choicesChanged(const io::ColumnChoices& choices);

private:
    io::ImportKind m_kind;
    io::ColumnChoices m_choices;
    QLabel* m_read;
    QFormLayout* m_unread;
};

} // namespace atlas
