// SPDX-License-Identifier: GPL-3.0-or-later
// Slider work is not thrown away unasked: picking another scenario in the window's chooser,
// stepping with the arrows in presentation mode, and closing the window each ask Save /
// Discard / Cancel when the sliders have unsaved changes. The dialogs are answered by the
// test; what it checks is what the database then holds and which scenario is loaded.
#include "ui/database/databaseactions.h"
#include "core/document/atlasdocument.h"
#include "ui/map/mapwidget.h"
#include "ui/present/presentationwindow.h"
#include "ui/scenario/scenarioactions.h"
#include "core/scenario/scenariocontroller.h"
#include "core/scenario/scenariolibrary.h"
#include "db/sqlitestore.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace atlas;

namespace {

constexpr double kWorkedPue = 1.37; // what the "slider work" sets: no saved scenario has it

// Answers the modal dialogs that come up while it lives: the unsaved-scenario question with
// `button`, the Save As name dialog (when it follows) with `name`, or Cancel without one.
class DialogAnswers : public QObject
{
public:
    explicit DialogAnswers(QMessageBox::StandardButton button, QString name = {})
        : m_button(button), m_name(std::move(name))
    {
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* box = qobject_cast<QMessageBox*>(modal); box && box->isVisible()) {
                ++questions;
                question = box->text();
                parent = box->parentWidget();
                box->button(m_button)->click();
            } else if (auto* input = qobject_cast<QInputDialog*>(modal);
                       input && input->isVisible()) {
                ++namings;
                input->setTextValue(m_name);
                if (m_name.isEmpty())
                    input->reject();
                else
                    input->accept();
            }
        });
        poll->start(10);
    }
    int questions = 0;
    int namings = 0;
    QString question;
    QWidget* parent = nullptr;

private:
    QMessageBox::StandardButton m_button;
    QString m_name;
};

} // namespace

class TestUnsavedScenario : public QObject
{
    Q_OBJECT
private:
    db::SqliteStoreFactory m_factory;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_names; // the saved scenarios, in the order the arrows step through them

    ScenarioController* scenario() { return m_window->scenario(); }
    static void removeDatabase(const QString& path)
    {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    const ScenarioRecord* record(const QString& name)
    {
        for (const ScenarioRecord& r : m_window->document()->dataset().scenarios)
            if (r.name == name)
                return &r;
        return nullptr;
    }
    double savedPue(const QString& name)
    {
        const ScenarioRecord* r = record(name);
        return r ? paramsOf(m_window->document()->dataset(), *r).pue : -1;
    }
    // Loads `name`, then moves a slider: work that is not saved.
    void workOn(const QString& name)
    {
        QVERIFY(m_window->scenarioActions()->load(name));
        QVERIFY(!scenario()->isModified());
        scenario()->setParameter(ParameterKey::Pue, kWorkedPue);
        QVERIFY(scenario()->isModified());
    }
    static void addAnswerRows()
    {
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::newRow("save") << QMessageBox::Save;
        QTest::newRow("discard") << QMessageBox::Discard;
        QTest::newRow("cancel") << QMessageBox::Cancel;
    }
    // What each answer leaves: `first` had the work, `second` was to replace it.
    void checkOutcome(QMessageBox::StandardButton answer, const QString& first,
                      const QString& second, double firstPueBefore)
    {
        switch (answer) {
        case QMessageBox::Save:
            QCOMPARE(savedPue(first), kWorkedPue);
            QCOMPARE(scenario()->scenarioName(), second);
            QVERIFY(!scenario()->isModified());
            break;
        case QMessageBox::Discard:
            QCOMPARE(savedPue(first), firstPueBefore);
            QCOMPARE(scenario()->scenarioName(), second);
            QVERIFY(!scenario()->isModified());
            break;
        default: // Cancel: nothing saved, nothing replaced; the work is still on the sliders
            QCOMPARE(savedPue(first), firstPueBefore);
            QCOMPARE(scenario()->scenarioName(), first);
            QVERIFY(scenario()->isModified());
            QCOMPARE(scenario()->params().pue, kWorkedPue);
            break;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_unsavedscenario"));
        QString error;
        removeDatabase(m_factory.sampleDatabasePath(&error)); // left by an earlier run
    }

    void init()
    {
        QSettings().clear(); // no scenario remembered from the test before
        m_window = std::make_unique<MainWindow>(new AtlasSession, &m_factory);
        QVERIFY(m_window->databaseActions()->openSample());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_names.clear();
        for (const ScenarioRecord& r : m_window->document()->dataset().scenarios)
            m_names << r.name;
        std::sort(m_names.begin(), m_names.end(),
                  [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
        QVERIFY(m_names.size() >= 2);
    }
    void cleanup()
    {
        // A fresh copy of the sample for each test: what one saves, the next does not see.
        const QString sample = m_window->document()->store()->location();
        m_window.reset();
        removeDatabase(sample);
    }

    void chooserAsksBeforeReplacingSliderWork_data() { addAnswerRows(); }
    void chooserAsksBeforeReplacingSliderWork()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        const QString first = m_names.at(0), second = m_names.at(1);
        const double before = savedPue(first);
        workOn(first);
        QComboBox* chooser = m_window->scenarioActions()->chooser();
        QCOMPARE(chooser->currentText(), QStringLiteral("%1 (changed)").arg(first));
        {
            DialogAnswers answers(answer);
            Q_EMIT chooser->activated(chooser->findText(second));
            QCOMPARE(answers.questions, 1);
            QVERIFY2(answers.question.contains(first), qPrintable(answers.question));
            QCOMPARE(answers.parent, m_window.get());
        }
        checkOutcome(answer, first, second, before);
        // The chooser shows the scenario that is loaded, also after Cancel.
        QCOMPARE(chooser->currentText(), answer == QMessageBox::Cancel
                                             ? QStringLiteral("%1 (changed)").arg(first)
                                             : second);
    }

    void unsavedScenarioIsSavedAsANewOneWhenAsked()
    {
        // The sliders as the window starts: no saved scenario, nothing to lose, no question.
        QCOMPARE(scenario()->scenarioId(), Id(0));
        QVERIFY(!scenario()->isModified());
        QComboBox* chooser = m_window->scenarioActions()->chooser();
        {
            DialogAnswers answers(QMessageBox::Cancel);
            QVERIFY(m_window->scenarioActions()->confirmReplacing(m_window.get()));
            QCOMPARE(answers.questions, 0);
        }
        // A slider moved on the unnamed scenario is work too. Save, then Cancel in the name
        // dialog: nothing saved, nothing replaced.
        scenario()->setParameter(ParameterKey::Pue, kWorkedPue);
        QVERIFY(scenario()->isModified());
        const qsizetype saved = m_window->document()->dataset().scenarios.size();
        {
            DialogAnswers answers(QMessageBox::Save); // no name: the name dialog is cancelled
            Q_EMIT chooser->activated(chooser->findText(m_names.at(0)));
            QCOMPARE(answers.questions, 1);
            QCOMPARE(answers.namings, 1);
        }
        QCOMPARE(m_window->document()->dataset().scenarios.size(), saved);
        QCOMPARE(scenario()->scenarioId(), Id(0));
        QCOMPARE(scenario()->params().pue, kWorkedPue);
        // Save and a name: a new saved scenario, then the one picked is loaded.
        {
            DialogAnswers answers(QMessageBox::Save, QStringLiteral("Briefing"));
            Q_EMIT chooser->activated(chooser->findText(m_names.at(0)));
            QCOMPARE(answers.questions, 1);
            QCOMPARE(answers.namings, 1);
        }
        QCOMPARE(savedPue(QStringLiteral("Briefing")), kWorkedPue);
        QCOMPARE(scenario()->scenarioName(), m_names.at(0));
        QVERIFY(!scenario()->isModified());
        // Moving a slider back to where it was saved leaves nothing to lose.
        const double pue = scenario()->params().pue;
        scenario()->setParameter(ParameterKey::Pue, kWorkedPue);
        QVERIFY(scenario()->isModified());
        scenario()->setParameter(ParameterKey::Pue, pue);
        QVERIFY(!scenario()->isModified());
    }

    void presentationArrowsAskBeforeReplacingSliderWork_data() { addAnswerRows(); }
    void presentationArrowsAskBeforeReplacingSliderWork()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        const QString first = m_names.at(0), second = m_names.at(1);
        const double before = savedPue(first);
        workOn(first);
        m_window->present();
        PresentationWindow* presentation = m_window->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        presentation->map()->setFocus();
        {
            DialogAnswers answers(answer);
            QTest::keyClick(presentation->map(), Qt::Key_Right);
            QCOMPARE(answers.questions, 1);
            QCOMPARE(answers.parent, presentation); // over the room's screen, not the window behind
        }
        QTRY_VERIFY(!presentation->isFading());
        checkOutcome(answer, first, second, before);
        QVERIFY(presentation->titleText().contains(scenario()->scenarioName()));
        presentation->close();
    }

    void openingAnotherDatabaseAsksBeforeLosingSliderWork_data() { addAnswerRows(); }
    void openingAnotherDatabaseAsksBeforeLosingSliderWork()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        const QString first = m_names.at(0);
        const double before = savedPue(first);
        const QString sample = m_window->document()->store()->location();
        workOn(first);
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.gpkg"));
        bool opened = false;
        {
            DialogAnswers answers(answer);
            opened = m_window->databaseActions()->openPath(other, true);
            QCOMPARE(answers.questions, 1);
            QCOMPARE(answers.parent, m_window.get());
        }
        QCOMPARE(opened, answer != QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            // Nothing opened, nothing saved: the work is still on the sliders.
            QCOMPARE(m_window->document()->store()->location(), sample);
            QVERIFY(!QFileInfo::exists(other));
            QVERIFY(scenario()->isModified());
            QCOMPARE(scenario()->params().pue, kWorkedPue);
            QCOMPARE(savedPue(first), before);
            return;
        }
        QCOMPARE(m_window->document()->store()->location(), QFileInfo(other).absoluteFilePath());
        // Saved (or not) into the database the work was done on.
        db::OpenResult reopened = db::SqliteStore::open(sample);
        QVERIFY(reopened.store);
        const Dataset old = reopened.store->load().dataset;
        const auto it = std::find_if(old.scenarios.cbegin(), old.scenarios.cend(),
                                     [&](const ScenarioRecord& r) { return r.name == first; });
        QVERIFY(it != old.scenarios.cend());
        QCOMPARE(paramsOf(old, *it).pue, answer == QMessageBox::Save ? kWorkedPue : before);
        DialogAnswers answers(QMessageBox::Discard); // back to the sample, for cleanup()
        QVERIFY(m_window->databaseActions()->openPath(sample));
    }

    void closingTheWindowAsksBeforeLosingSliderWork_data() { addAnswerRows(); }
    void closingTheWindowAsksBeforeLosingSliderWork()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        const QString first = m_names.at(0);
        const double before = savedPue(first);
        workOn(first);
        bool closed = false;
        {
            DialogAnswers answers(answer);
            closed = m_window->close();
            QCOMPARE(answers.questions, 1);
        }
        QCOMPARE(closed, answer != QMessageBox::Cancel);
        QCOMPARE(m_window->isVisible(), answer == QMessageBox::Cancel);
        QCOMPARE(savedPue(first), answer == QMessageBox::Save ? kWorkedPue : before);
        QCOMPARE(scenario()->params().pue,
                 kWorkedPue); // closing replaces nothing in the window itself
        // Nothing to lose: closing asks nothing.
        if (answer == QMessageBox::Cancel) {
            QVERIFY(m_window->scenarioActions()->load(first));
            DialogAnswers answers(QMessageBox::Cancel);
            QVERIFY(m_window->close());
            QCOMPARE(answers.questions, 0);
        }
    }
};

QTEST_MAIN(TestUnsavedScenario)
#include "tst_unsavedscenario.moc"
