// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/languagemenu.h"

#include "core/i18n/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace atlas {

LanguageMenu::LanguageMenu(QWidget* window, QWidget* parent) : QMenu(tr("&Language"), parent), m_window(window)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString chosen = i18n::chosenLanguage();
    const auto add = [this, group, &chosen](const QString& text, const QString& code) {
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(tr("&System Language"), QString());
    addSeparator();
    // Each language is named in itself, so a reader finds their own whatever the app speaks.
    for (const i18n::Language& language : i18n::languages())
        add(language.nativeName, language.code);
}

void LanguageMenu::choose(const QString& code)
{
    if (code == i18n::chosenLanguage())
        return;
    i18n::setChosenLanguage(code);
    QMessageBox box(QMessageBox::Question, tr("Language"),
                    tr("The new language takes effect when Compute Atlas starts again."),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Restart now? The window comes back as it is laid out, with the same database open."));
    QPushButton* restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    // Closing may be refused (unsaved changes, Cancel): then nothing restarts.
    if (!m_window->close())
        return;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst(); // the program itself
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

} // namespace atlas
