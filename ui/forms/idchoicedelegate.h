// SPDX-License-Identifier: GPL-3.0-or-later
// Edits a table cell that refers to another row (a phase's GPU model or source) with a
// searchable list of those rows; the model takes and gives the id in Qt::EditRole.
#pragma once

#include "core/domain/entities.h"

#include <QStyledItemDelegate>

#include <functional>

namespace atlas {

class IdChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = std::function<QVector<std::pair<QString, Id>>()>;
    IdChoiceDelegate(Choices choices, const QString& noneText, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Choices m_choices;
    QString m_noneText;
};

} // namespace atlas
