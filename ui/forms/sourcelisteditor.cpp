// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/sourcelisteditor.h"

#include "ui/forms/referencepicker.h"
#include "core/models/tooltiptext.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace atlas {

SourceListEditor::SourceListEditor(QWidget* parent)
    : QWidget(parent), m_picker(new ReferencePicker(QString(), this)),
      m_add(new QPushButton(tr("Add"), this)), m_list(new QListWidget(this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_picker->lineEdit()->setPlaceholderText(tr("Type to find a source, then Add"));
    m_picker->setToolTip(tr("Find a source by its title; Enter or Add puts it in the list"));
    m_add->setToolTip(tr("Add the chosen source to the site's further sources"));
    m_remove->setToolTip(
        tr("Take the selected sources off the list (Delete); the sources themselves stay"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Long titles are cut, not scrolled: a scroll bar would take one of the three lines; the
    // tooltip has the whole title.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    // Three lines: most sites have a few further sources, and the form must fit a small screen.
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 3 + 2 * m_list->frameWidth() + 8);
    m_list->installEventFilter(this);
    m_picker->lineEdit()->installEventFilter(this);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_picker, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, &SourceListEditor::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &SourceListEditor::removeSelected);
    connect(m_picker, &QComboBox::editTextChanged, this, &SourceListEditor::updateButtons);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &SourceListEditor::updateButtons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &SourceListEditor::updateButtons);
    updateButtons();
}

void SourceListEditor::setChoices(const QVector<std::pair<QString, Id>>& choices)
{
    m_choices = choices;
    m_picker->setChoices(choices);
    m_picker->setId(0);
    const QVector<Id> listed = ids();
    setIds(listed); // titles may have changed
}

void SourceListEditor::setIds(const QVector<Id>& ids)
{
    m_list->clear();
    for (Id id : ids)
        addItem(id);
    updateButtons();
}

QVector<Id> SourceListEditor::ids() const
{
    QVector<Id> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

void SourceListEditor::addItem(Id id)
{
    QString title;
    for (const auto& [name, choiceId] : std::as_const(m_choices)) {
        if (choiceId == id)
            title = name;
    }
    if (title.isEmpty())
        title = tr("(source #%1, no longer in the database)").arg(id);
    auto* item = new QListWidgetItem(title, m_list);
    item->setData(Qt::UserRole, id);
    item->setToolTip(plainToolTip(title));
}

bool SourceListEditor::addChosen()
{
    const Id id = m_picker->id();
    if (id <= 0 || ids().contains(id))
        return false;
    addItem(id);
    m_list->setCurrentRow(m_list->count() - 1);
    m_picker->setId(0);
    updateButtons();
    Q_EMIT changed();
    return true;
}

void SourceListEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateButtons();
    Q_EMIT changed();
}

bool SourceListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_list && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
        // Enter adds the source found rather than saving the form.
        if (watched == m_picker->lineEdit() && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
            m_add->isEnabled()) {
            addChosen();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SourceListEditor::updateButtons()
{
    const Id id = m_picker->id();
    m_add->setEnabled(id > 0 && !ids().contains(id));
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace atlas
