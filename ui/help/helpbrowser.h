// SPDX-License-Identifier: GPL-3.0-or-later
// Help > User Guide (F1): the user guide and the scenario model, bundled in the binary, read
// offline in a browser window of their own. The guide is in the language the app speaks (the
// Chinese one, 用户指南, where it does); its links to the scenario model open in place.
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
QT_END_NAMESPACE

namespace atlas {

class HelpBrowser : public QDialog
{
    Q_OBJECT

public:
    enum class Page { UserGuide, ScenarioModel };

    explicit HelpBrowser(QWidget* parent = nullptr);

    void show(Page page);
    QTextBrowser* browser() const { return m_browser; }

    // The bundled page for the language the app speaks (English where it has no translation).
    static QUrl pageUrl(Page page);

private:
    QTextBrowser* m_browser;
};

} // namespace atlas
