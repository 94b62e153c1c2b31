// SPDX-License-Identifier: GPL-3.0-or-later
// Epoch AI's data-center release as changes to the database: each data center a site (its
// owner the operator; users, project, investors, builders and energy companies as parties,
// Epoch's #confident/#likely/#speculative kept; its selected sources and calculations sheet
// as references; placed by the offline gazetteer from its address), each timeline row a
// phase (IT and facility power, H100-equivalents, buildings, capital cost, the construction
// status with its links), each chip-quantity row the GPUs of its model at its date. Rows
// after the "as of" date are Epoch's projections and are marked so. The dataset's citation
// is the source of every row.
//
// A newer release updates what changed and adds what is new, matched by Epoch's name (the
// row's import origin), never duplicating. Rows someone has edited since their import, and
// sites of the user's own, are left alone unless asked (replaceEdits).
#pragma once

#include "core/domain/dataset.h"
#include "core/io/epochrelease.h"
#include "core/store/store.h"

#include <QDate>

namespace atlas {
class Gazetteer;
}

namespace atlas::io {

inline constexpr char kEpochDataset[] = "epoch-data-centers";
inline constexpr char kEpochHubUrl[] = "https://epoch.ai/data/data-centers";

struct EpochImportOptions
{
    // Rows dated after this are projections; invalid: the release's own date (its newest
    // "Last Modified"), else today.
    QDate asOf;
    bool replaceEdits = false;
};

struct EpochSiteChange
{
    enum class Kind { New, Changed, Unchanged, EditedKept, Missing };
    Kind kind = Kind::New;
    QString name;
    double itMwBefore = 0; // at the "as of" date, recorded phases only
    double itMwAfter = 0;
    bool placed = false;
    QString placedBy; // how the gazetteer placed it, or why it is not placed
};

struct EpochPlan
{
    QString error; // non-empty: refused, and why; nothing is written
    QDate asOf;
    QStringList files;
    QStringList notes; // what was not read, chips not in the catalogue, links dropped …
    QVector<EpochSiteChange> sites;
    int added = 0, changed = 0, unchanged = 0, editedKept = 0, missing = 0;
    int phasesAdded = 0, phasesUpdated = 0, phasesRemoved = 0, phasesKept = 0;
    int operatorsAdded = 0, sourcesAdded = 0;
    int placed = 0, notPlaced = 0;
    int changes = 0; // handed to the sink

    bool ok() const { return error.isEmpty(); }
    // "60 new, 3 changed (power before → after), 10 unchanged, …"
    QString summary() const;
};

EpochPlan planEpochImport(const Dataset& data, const EpochRelease& release, ChangeSink& sink,
                          const EpochImportOptions& options, const Gazetteer& gazetteer);

// The producer of the write (Store::applyProduced, or an undoable command): the plan made from
// the data as it is under the write lock.
ChangeProducer epochProducer(EpochRelease release, EpochImportOptions options, EpochPlan* plan);

// "SpaceXAI #confident, Anthropic #likely" → the names without their tags.
QStringList namesWithoutTags(const QString& list);
// "- [title](https://…)" lines (and inline links) → (title, url) pairs, in order.
QVector<std::pair<QString, QString>> markdownLinks(const QString& text);

} // namespace atlas::io
