// SPDX-License-Identifier: GPL-3.0-or-later
// A list of sources a row cites besides its main one (a site's reporting, filings,
// calculation sheets): a searchable picker with Add, and the list with Remove. The sources
// themselves are not changed; only which ones the row lists, in order.
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace atlas {

class ReferencePicker;

class SourceListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SourceListEditor(QWidget* parent = nullptr);

    // The sources to choose from, as (title, id).
    void setChoices(const QVector<std::pair<QString, Id>>& choices);
    void setIds(const QVector<Id>& ids);
    QVector<Id> ids() const;

    ReferencePicker* picker() const { return m_picker; }
    QListWidget* list() const { return m_list; }

public Q_SLOTS:
    // Adds the source the picker names; false when it names none or one already listed.
    bool addChosen();
    void removeSelected();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addItem(Id id);
    void updateButtons();

    ReferencePicker* m_picker;
    QPushButton* m_add;
    QListWidget* m_list;
    QPushButton* m_remove;
    QVector<std::pair<QString, Id>> m_choices;
};

} // namespace atlas
