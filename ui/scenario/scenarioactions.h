// SPDX-License-Identifier: GPL-3.0-or-later
// The Scenario menu and the toolbar's scenario chooser: load, save, save as, rename, delete
// saved scenarios, and compare the current one with another.
#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QMenu;
class QWidget;

namespace atlas {

class AtlasDocument;
class ScenarioController;

class ScenarioActions : public QObject
{
    Q_OBJECT
public:
    ScenarioActions(AtlasDocument* document, ScenarioController* scenario, QWidget* dialogParent);

    QMenu* menu() const { return m_menu; }
    QComboBox* chooser() const { return m_chooser; }

    // Without dialogs, for tests and the command line's callers.
    bool saveAs(const QString& name);
    bool load(const QString& name);

    // Before the current scenario is replaced (another one loaded, the window closed): when
    // its sliders have changes not yet saved, asks Save / Discard / Cancel over
    // `dialogParent`. Save saves it (Save As… naming it when it has no name yet). True when it
    // may go on: nothing to lose, saved, or discarded.
    bool confirmReplacing(QWidget* dialogParent);

private:
    void refreshChooser();
    void rememberScenario();
    void restoreScenario();
    void refreshCompareMenu();
    bool save(QWidget* dialogParent);
    bool saveAsWithDialog(QWidget* dialogParent);
    void renameWithDialog();
    void deleteWithConfirmation();
    void resetToDefaults();
    void showError(const QString& message);

    AtlasDocument* m_document;
    ScenarioController* m_scenario;
    QWidget* m_parent;
    QMenu* m_menu;
    QMenu* m_compare;
    QComboBox* m_chooser;
    QAction* m_save;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_stopComparing;
};

} // namespace atlas
