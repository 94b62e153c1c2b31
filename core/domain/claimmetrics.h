// SPDX-License-Identifier: GPL-3.0-or-later
// The claim metrics the app knows (docs/glossary.md), by the key the database and files hold
// ("largest_cluster_gpus"), and the name with its unit a person reads ("Largest cluster, GPUs").
#pragma once

#include <QStringList>

namespace atlas {

QStringList claimMetricKeys();
// The readable name of a metric in the reader's language; a key the app does not know (one
// a user typed) as it is.
QString claimMetricName(const QString& key);
// The key of a readable name or of a key; `text` trimmed when it is neither (a new key).
QString claimMetricKey(const QString& text);

} // namespace atlas
