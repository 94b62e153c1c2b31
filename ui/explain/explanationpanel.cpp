// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/explain/explanationpanel.h"

#include "core/document/atlasdocument.h"
#include "core/domain/webaddress.h"
#include "core/scenario/explanationhtml.h"
#include "core/scenario/scenariocontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace atlas {

ExplanationPanel::ExplanationPanel(const ScenarioController* scenario, QWidget* parent)
    : QDialog(parent), m_scenario(scenario), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("explanationPanel"));
    setWindowTitle(tr("How Was This Computed?"));
    setModal(false);
    m_text->setOpenLinks(false); // every link is checked before it opens (follow())
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(m_text, &QTextBrowser::anchorClicked, this, &ExplanationPanel::follow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyExplanation"));
    copy->setToolTip(tr("Copy the explanation as text (and as HTML, for documents)"));
    connect(copy, &QPushButton::clicked, this, &ExplanationPanel::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 560);
    // The figure follows the sliders, the data and the scenario, and so does its working.
    connect(scenario, &ScenarioController::resultChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

ExplanationPanel* ExplanationPanel::open(const ScenarioController* scenario,
                                         const ExplainRequest& request, QWidget* window)
{
    QWidget* top = window->window();
    auto* panel = top->findChild<ExplanationPanel*>(QStringLiteral("explanationPanel"),
                                                    Qt::FindDirectChildrenOnly);
    if (!panel) {
        panel = new ExplanationPanel(scenario, top);
        // Over a full-screen window (presentation mode) a window manager may stack a dialog
        // behind it: keep it on top there.
        if (top->isFullScreen())
            panel->setWindowFlag(Qt::WindowStaysOnTopHint);
    }
    panel->showRequest(request);
    panel->show();
    panel->raise();
    panel->activateWindow();
    return panel;
}

void ExplanationPanel::showRequest(const ExplainRequest& request)
{
    m_request = request;
    refresh();
}

void ExplanationPanel::refresh()
{
    m_explanation = explain(m_scenario->document()->dataset(), m_scenario->atlas(),
                            m_scenario->params(), m_scenario->result(), m_request);
    const int scrolled = m_text->verticalScrollBar()->value();
    m_text->setHtml(explanationHtml(m_explanation));
    m_text->verticalScrollBar()->setValue(scrolled);
}

void ExplanationPanel::copyToClipboard() const
{
    auto* mime = new QMimeData;
    mime->setText(explanationText(m_explanation));
    mime->setHtml(explanationHtml(m_explanation));
    QApplication::clipboard()->setMimeData(mime);
}

void ExplanationPanel::follow(const QUrl& link)
{
    const QString scheme = link.scheme();
    const Id id = link.path().toLongLong();
    if (scheme == QLatin1String("site"))
        Q_EMIT siteActivated(id);
    else if (scheme == QLatin1String("gpumodel"))
        Q_EMIT gpuModelActivated(id);
    else if (scheme == QLatin1String("source"))
        Q_EMIT sourceActivated(id);
    else if (link.scheme().isEmpty() && link.hasFragment())
        m_text->scrollToAnchor(link.fragment());
    else if (isWebAddress(link)) // never file:, javascript: or the like
        QDesktopServices::openUrl(link);
}

} // namespace atlas
