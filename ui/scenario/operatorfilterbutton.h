// SPDX-License-Identifier: GPL-3.0-or-later
// Which operators' sites count in the scenario: a button with a menu of checkable operators.
#pragma once

#include "core/domain/entities.h"

#include <QToolButton>
#include <QVector>

namespace atlas {

class OperatorFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit OperatorFilterButton(QWidget* parent = nullptr);

    void setOperators(const QVector<Operator>& operators);
    // Empty for all operators.
    void setSelection(const QVector<Id>& ids);
    QVector<Id> selection() const;

Q_SIGNALS:
    void selectionEdited(const QVector<Id>& ids);

private:
    void rebuildMenu();
    void updateText();

    QVector<Operator> m_operators;
    QVector<Id> m_selection;
};

} // namespace atlas
