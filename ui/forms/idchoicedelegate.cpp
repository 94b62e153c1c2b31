// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/idchoicedelegate.h"

#include "ui/forms/referencepicker.h"

namespace atlas {

IdChoiceDelegate::IdChoiceDelegate(Choices choices, const QString& noneText, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_noneText(noneText)
{
}

QWidget* IdChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* picker = new ReferencePicker(m_noneText, parent);
    picker->setChoices(m_choices());
    return picker;
}

void IdChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<ReferencePicker*>(editor)->setId(index.data(Qt::EditRole).toLongLong());
}

void IdChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    // A name that matches no row keeps the cell as it was: the list is the only way in.
    const Id id = static_cast<ReferencePicker*>(editor)->id();
    if (id >= 0)
        model->setData(index, id, Qt::EditRole);
}

} // namespace atlas
