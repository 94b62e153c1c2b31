// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/referencepicker.h"

#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace atlas {

ReferencePicker::ReferencePicker(const QString& noneText, QWidget* parent) : QComboBox(parent), m_noneText(noneText)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(20);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(noneText.isEmpty() ? tr("Type to search") : noneText);
    lineEdit()->setClearButtonEnabled(true);
}

void ReferencePicker::setChoices(QVector<std::pair<QString, Id>> choices)
{
    const Id current = id();
    std::sort(choices.begin(), choices.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker block(this);
    clear();
    if (allowsNone())
        addItem(m_noneText, Id(0));
    for (const auto& [name, rowId] : std::as_const(choices))
        addItem(name, rowId);
    setId(current > 0 ? current : 0);
}

void ReferencePicker::setId(Id rowId)
{
    const int index = findData(rowId);
    if (index >= 0 && !(rowId == 0 && !allowsNone())) {
        setCurrentIndex(index);
        if (rowId == 0)
            setEditText(QString()); // "none" reads as an empty field with the placeholder
    } else {
        setCurrentIndex(-1);
        setEditText(QString());
    }
}

Id ReferencePicker::id() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty() || (allowsNone() && text == m_noneText))
        return 0;
    // The text decides (the user may have typed over the chosen item).
    const int index = findText(text, Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : -1;
}

} // namespace atlas
