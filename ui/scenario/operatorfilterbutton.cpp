// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/operatorfilterbutton.h"

#include <QMenu>

namespace atlas {

OperatorFilterButton::OperatorFilterButton(QWidget* parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("operatorFilter"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    setToolTip(tr("The sites that count in the scenario: all, or those of some operators"));
    updateText();
}

void OperatorFilterButton::setOperators(const QVector<Operator>& operators)
{
    m_operators = operators;
    std::sort(m_operators.begin(), m_operators.end(),
              [](const Operator& a, const Operator& b) { return a.name.localeAwareCompare(b.name) < 0; });
    rebuildMenu();
}

void OperatorFilterButton::setSelection(const QVector<Id>& ids)
{
    m_selection = ids;
    rebuildMenu();
}

QVector<Id> OperatorFilterButton::selection() const { return m_selection; }

void OperatorFilterButton::rebuildMenu()
{
    QMenu* popup = menu();
    popup->clear();
    QAction* all = popup->addAction(tr("All operators"));
    all->setCheckable(true);
    all->setChecked(m_selection.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        m_selection.clear();
        rebuildMenu();
        Q_EMIT selectionEdited(m_selection);
    });
    popup->addSeparator();
    for (const Operator& op : m_operators) {
        QAction* action = popup->addAction(op.name);
        action->setCheckable(true);
        action->setChecked(m_selection.contains(op.id));
        const Id id = op.id;
        connect(action, &QAction::triggered, this, [this, id](bool checked) {
            if (checked && !m_selection.contains(id))
                m_selection.append(id);
            else if (!checked)
                m_selection.removeAll(id);
            rebuildMenu();
            Q_EMIT selectionEdited(m_selection);
        });
    }
    updateText();
}

void OperatorFilterButton::updateText()
{
    if (m_selection.isEmpty()) {
        setText(tr("All operators"));
        return;
    }
    QStringList names;
    for (const Operator& op : m_operators) {
        if (m_selection.contains(op.id))
            names << op.name;
    }
    setText(names.size() <= 2 ? names.join(QStringLiteral(", "))
                              : tr("%Ln operators", nullptr, int(names.size())));
}

} // namespace atlas
