// SPDX-License-Identifier: GPL-3.0-or-later
// "How was this computed?": a small panel, not modal, beside the chart or card clicked. It
// shows the figure's explanation (core/scenario/explanation.h) and keeps it up to date while
// sliders move; Esc closes it; its text can be selected and copied (Copy puts the plain text
// and the HTML on the clipboard). Links open the site, the GPU catalogue row, or the source's
// web page (http and https only).
#pragma once

#include "core/domain/entities.h"
#include "core/scenario/explanation.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
class QUrl;
QT_END_NAMESPACE

namespace atlas {

class ScenarioController;

class ExplanationPanel : public QDialog
{
    Q_OBJECT
public:
    ExplanationPanel(const ScenarioController* scenario, QWidget* parent);

    // The panel of `window` (made on first use), showing `request`, raised.
    static ExplanationPanel* open(const ScenarioController* scenario, const ExplainRequest& request,
                                  QWidget* window);

    void showRequest(const ExplainRequest& request);
    const Explanation& explanation() const { return m_explanation; }
    QTextBrowser* browser() const { return m_text; }
    void copyToClipboard() const;

Q_SIGNALS:
    void siteActivated(atlas::Id siteId);
    void gpuModelActivated(atlas::Id modelId);
    void sourceActivated(atlas::Id sourceId); // a source with no web address

private:
    void refresh();
    void follow(const QUrl& link);

    const ScenarioController* m_scenario;
    QTextBrowser* m_text;
    ExplainRequest m_request;
    Explanation m_explanation;
};

} // namespace atlas
