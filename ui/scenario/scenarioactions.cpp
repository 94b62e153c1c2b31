// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/scenarioactions.h"

#include "core/document/atlasdocument.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenariocontroller.h"
#include "core/scenario/scenariolibrary.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace atlas {

ScenarioActions::ScenarioActions(AtlasDocument* document, ScenarioController* scenario, QWidget* dialogParent)
    : QObject(dialogParent), m_document(document), m_scenario(scenario), m_parent(dialogParent),
      m_menu(new QMenu(tr("&Scenario"), dialogParent)), m_compare(new QMenu(tr("&Compare With"), dialogParent)),
      m_chooser(new QComboBox(dialogParent))
{
    m_chooser->setObjectName(QStringLiteral("scenarioChooser"));
    m_chooser->setMinimumContentsLength(22);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setToolTip(tr("Saved scenarios: choose one to load its settings"));

    m_menu->addAction(tr("&Defaults"), this, &ScenarioActions::resetToDefaults)
        ->setStatusTip(tr("Put every slider back to where the window starts, the GPU model too"));
    m_menu->addSeparator();
    m_save = m_menu->addAction(QIcon::fromTheme(QStringLiteral("document-save")),
                               tr("&Save Scenario"), this, [this] { save(m_parent); });
    m_save->setShortcut(QKeySequence::Save);
    m_menu->addAction(tr("Save Scenario &As…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), this,
                      [this] { saveAsWithDialog(m_parent); });
    m_rename = m_menu->addAction(tr("&Rename Scenario…"), this, &ScenarioActions::renameWithDialog);
    m_delete = m_menu->addAction(tr("De&lete Scenario…"), this, &ScenarioActions::deleteWithConfirmation);
    m_menu->addSeparator();
    m_menu->addMenu(m_compare);
    m_stopComparing = m_menu->addAction(tr("S&top Comparing"), this,
                                        [this] { m_scenario->setComparison(std::nullopt); });

    connect(m_compare, &QMenu::aboutToShow, this, &ScenarioActions::refreshCompareMenu);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        const Id id = m_chooser->itemData(index).toLongLong();
        if (id == m_scenario->scenarioId())
            return;
        if (!confirmReplacing(m_parent)) {
            refreshChooser(); // back to the scenario that stays
            return;
        }
        for (const ScenarioRecord& record : m_document->dataset().scenarios) {
            if (record.id == id)
                m_scenario->loadScenario(record);
        }
    });
    connect(m_document, &AtlasDocument::datasetChanged, this, &ScenarioActions::refreshChooser);
    connect(m_scenario, &ScenarioController::scenarioIdentityChanged, this, &ScenarioActions::refreshChooser);
    connect(m_scenario, &ScenarioController::comparisonChanged, this,
            [this] { m_stopComparing->setEnabled(m_scenario->comparison() != nullptr); });
    m_stopComparing->setEnabled(false);
    // The scenario last used with each database comes back when that database is opened.
    connect(m_scenario, &ScenarioController::scenarioIdentityChanged, this, &ScenarioActions::rememberScenario);
    connect(m_document, &AtlasDocument::storeReplaced, this, &ScenarioActions::restoreScenario, Qt::QueuedConnection);
    refreshChooser();
}

namespace {
constexpr char kLastScenarios[] = "scenario/lastByDatabase";
}

void ScenarioActions::rememberScenario()
{
    if (!m_document->hasStore() || m_scenario->scenarioName().isEmpty())
        return;
    QSettings settings;
    QVariantMap last = settings.value(QLatin1String(kLastScenarios)).toMap();
    last.insert(m_document->store()->location(), m_scenario->scenarioName());
    settings.setValue(QLatin1String(kLastScenarios), last);
}

void ScenarioActions::restoreScenario()
{
    if (!m_document->hasStore())
        return;
    const QString name = QSettings().value(QLatin1String(kLastScenarios)).toMap().value(m_document->store()->location()).toString();
    for (const ScenarioRecord& record : m_document->dataset().scenarios) {
        if (!name.isEmpty() && record.name == name && m_scenario->scenarioName() != name) {
            m_scenario->loadScenario(record);
            return;
        }
    }
}

void ScenarioActions::refreshChooser()
{
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    QVector<ScenarioRecord> records = m_document->dataset().scenarios;
    std::sort(records.begin(), records.end(),
              [](const ScenarioRecord& a, const ScenarioRecord& b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (m_scenario->scenarioId() == 0)
        m_chooser->addItem(tr("(unsaved scenario)"), Id(0));
    for (const ScenarioRecord& record : records) {
        const bool current = record.id == m_scenario->scenarioId();
        m_chooser->addItem(current && m_scenario->isModified() ? tr("%1 (changed)").arg(record.name)
                                                               : record.name,
                           record.id);
    }
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(m_scenario->scenarioId())));
    const bool saved = m_scenario->scenarioId() != 0;
    m_rename->setEnabled(saved);
    m_delete->setEnabled(saved);
    m_save->setEnabled(m_document->hasStore() && !(m_document->store()->isReadOnly()));
}

void ScenarioActions::refreshCompareMenu()
{
    m_compare->clear();
    for (const ScenarioRecord& record : m_document->dataset().scenarios) {
        if (record.id == m_scenario->scenarioId())
            continue;
        const ScenarioRecord copy = record;
        m_compare->addAction(record.name, this, [this, copy] {
            m_scenario->setComparison(paramsOf(m_document->dataset(), copy), copy.name);
        });
    }
    if (m_compare->isEmpty())
        m_compare->addAction(tr("No other saved scenario"))->setEnabled(false);
}

bool ScenarioActions::saveAs(const QString& name)
{
    const WriteResult result = saveScenarioAs(*m_document, name, m_scenario->params());
    if (!result.ok) {
        showError(result.error);
        return false;
    }
    m_scenario->markSaved(result.ids.value(0), name.trimmed());
    return true;
}

bool ScenarioActions::load(const QString& name)
{
    for (const ScenarioRecord& record : m_document->dataset().scenarios) {
        if (record.name == name) {
            m_scenario->loadScenario(record);
            return true;
        }
    }
    return false;
}

bool ScenarioActions::save(QWidget* dialogParent)
{
    if (m_scenario->scenarioId() == 0)
        return saveAsWithDialog(dialogParent);
    const WriteResult result = saveScenario(*m_document, m_scenario->scenarioId(), m_scenario->params());
    if (!result.ok) {
        showError(result.error);
        return false;
    }
    m_scenario->markSaved(m_scenario->scenarioId(), m_scenario->scenarioName());
    return true;
}

bool ScenarioActions::saveAsWithDialog(QWidget* dialogParent)
{
    const QString suggestion = unusedScenarioName(
        *m_document, m_scenario->scenarioName().isEmpty() ? tr("My scenario") : m_scenario->scenarioName());
    bool ok = false;
    const QString name = QInputDialog::getText(dialogParent, tr("Save Scenario As"), tr("Name:"),
                                               QLineEdit::Normal, suggestion, &ok);
    return ok && saveAs(name);
}

bool ScenarioActions::confirmReplacing(QWidget* dialogParent)
{
    if (!m_scenario->isModified())
        return true;
    const bool named = m_scenario->scenarioId() != 0;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Scenario"),
                    named ? tr("The scenario \"%1\" has slider changes that are not saved.")
                                .arg(m_scenario->scenarioName())
                          : tr("The sliders have changes that are not saved as a scenario."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, dialogParent);
    box.setObjectName(QStringLiteral("unsavedScenario"));
    box.setInformativeText(tr("Save them before they are replaced?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(dialogParent);
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ScenarioActions::renameWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Rename Scenario"), tr("New name:"),
                                               QLineEdit::Normal, m_scenario->scenarioName(), &ok);
    if (!ok)
        return;
    const WriteResult result = renameScenario(*m_document, m_scenario->scenarioId(), name);
    if (!result.ok)
        showError(result.error);
    else
        m_scenario->markSaved(m_scenario->scenarioId(), name.trimmed());
}

void ScenarioActions::deleteWithConfirmation()
{
    if (QMessageBox::question(m_parent, tr("Delete Scenario"),
                              tr("Delete the saved scenario \"%1\"? The sliders keep their values; Edit > "
                                 "Undo brings the scenario back.")
                                  .arg(m_scenario->scenarioName())) != QMessageBox::Yes)
        return;
    const WriteResult result = deleteScenario(*m_document, m_scenario->scenarioId());
    if (!result.ok)
        showError(result.error);
    else
        m_scenario->markSaved(0, QString());
}

void ScenarioActions::resetToDefaults()
{
    // The settings the window starts with, GPU model included (the model the sites report).
    m_scenario->setParams(defaultParams(m_document->dataset()));
}

void ScenarioActions::showError(const QString& message)
{
    QMessageBox::warning(m_parent, tr("Scenario"), message);
}

} // namespace atlas
