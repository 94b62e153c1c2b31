// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/tablebuttons.h"

#include "ui/widgets/icons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace atlas {

QWidget* makeTableButtons(QAbstractItemView* view, const TableActions& actions, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const auto button = [box, layout](const QIcon& icon, const QString& tip, const std::function<void()>& run) {
        auto* b = new QToolButton(box);
        b->setIcon(icon);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        QObject::connect(b, &QToolButton::clicked, box, run);
        layout->addWidget(b);
        return b;
    };
    button(themeOr(QStringLiteral("list-add"), addIcon), actions.createTip, actions.create)->setObjectName(QStringLiteral("newButton"));
    button(themeOr(QStringLiteral("document-edit"), editIcon), actions.editTip, actions.edit)->setObjectName(QStringLiteral("editButton"));
    button(themeOr(QStringLiteral("edit-delete"), deleteIcon), actions.removeTip, actions.remove)->setObjectName(QStringLiteral("deleteButton"));

    auto* deleteKey = new QAction(box);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(deleteKey, &QAction::triggered, box, actions.remove);
    view->addAction(deleteKey);
    auto* editKey = new QAction(box);
    editKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    editKey->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(editKey, &QAction::triggered, box, actions.edit);
    view->addAction(editKey);
    QObject::connect(view, &QAbstractItemView::doubleClicked, box, actions.edit);
    return box;
}

} // namespace atlas
