// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/helpbrowser.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas {

HelpBrowser::HelpBrowser(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Compute Atlas Help"));
    // Links between the bundled pages open here; a web address opens in the system's browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->setOpenLinks(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton* guide = buttons->addButton(tr("User &Guide"), QDialogButtonBox::ActionRole);
    QPushButton* model = buttons->addButton(tr("Scenario &Model"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(guide, &QPushButton::clicked, this, [this] { show(Page::UserGuide); });
    connect(model, &QPushButton::clicked, this, [this] { show(Page::ScenarioModel); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 720);
}

QUrl HelpBrowser::pageUrl(Page page)
{
    const QString stem = page == Page::UserGuide ? QStringLiteral("user-guide") : QStringLiteral("scenario-model");
    const QString translated = QStringLiteral(":/help/%1.%2.md").arg(stem, QLocale().name());
    if (QFile::exists(translated))
        return QUrl(QStringLiteral("qrc") + translated);
    return QUrl(QStringLiteral("qrc:/help/%1.md").arg(stem));
}

void HelpBrowser::show(Page page)
{
    m_browser->setSource(pageUrl(page), QTextDocument::MarkdownResource);
    QDialog::show();
    raise();
    activateWindow();
}

} // namespace atlas
