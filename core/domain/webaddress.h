// SPDX-License-Identifier: GPL-3.0-or-later
// The addresses a source may have: http:// and https:// web pages, nothing else. A
// "javascript:", "file:", "smb:" or "data:" address in a shared database or an imported file
// would run code, open a local file or reach a network share when clicked, so validation
// refuses them, the details pane does not make them links and a click never opens them.
#pragma once

#include <QString>
#include <QUrl>

namespace atlas {

// An absolute http or https address with a host.
bool isWebAddress(const QUrl& url);
bool isWebAddress(const QString& text);

} // namespace atlas
