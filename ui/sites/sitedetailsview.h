// SPDX-License-Identifier: GPL-3.0-or-later
// The selected site's details: its phases over time, its links and its sources. A click on
// a source opens it in the browser; a click on a linked site selects that site.
#pragma once

#include <QTextBrowser>

namespace atlas {

class AtlasDocument;
class ViewState;

class SiteDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    SiteDetailsView(const AtlasDocument* document, ViewState* view, QWidget* parent = nullptr);

private:
    void refresh();
    void follow(const QUrl& url);

    const AtlasDocument* m_document;
    ViewState* m_view;
};

} // namespace atlas
