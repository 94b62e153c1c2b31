// SPDX-License-Identifier: GPL-3.0-or-later
// Which column of someone's file holds which field: the names a field goes by in the
// spreadsheets people have (power_mw, capacity_mw and mw are all IT power; lat, latitude and
// y are all latitude), the user's own choices for columns the app does not know (the import
// preview's choice per column, `--map power_mw=it_mw` on the command line), and what status
// words mean (operational, online and live are "operating"). Every mapping applied is listed,
// so the preview can say what it read as what.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace atlas::io {

enum class ImportKind { Sites, Links, Phases };

struct FieldSpec
{
    const char* key;      // "it_mw": the column we export, and the field's key in messages
    const char* label;    // "IT power (MW)", for people (translated in "atlas::io::Fields")
    QStringList synonyms; // other column names that mean it, lower case
};

// The fields an import of `kind` reads, in the order an export writes them. A sites file may
// carry a phase's fields too (its power, GPUs and date).
const QVector<FieldSpec>& fieldsOf(ImportKind kind);
QString fieldLabel(const FieldSpec& field);

// The user's choices: a file column (lower case) → the key of the field it holds, or an empty
// key for "do not read this column".
using ColumnChoices = QHash<QString, QString>;
// "power_mw=it_mw" (or "notes=" for not read); nullopt with *error when the text is not one.
std::optional<std::pair<QString, QString>> parseColumnChoice(const QString& text, ImportKind kind,
                                                             QString* error);

struct AppliedMapping
{
    QString column;      // as the file names it
    QString field;       // the key it is read as
    bool chosen = false; // by the user, rather than a known synonym
};

class ColumnMap
{
public:
    ColumnMap(ImportKind kind, const QStringList& columns, const ColumnChoices& choices = {});
    // A GeoJSON file names more properties as it goes: the map follows (columns only grow).
    void update(const QStringList& columns);
    int columnCount() const { return int(m_columns.size()); }

    int index(const char* field) const;
    bool has(const char* field) const { return index(field) >= 0; }
    // The file's name for the field's column, for messages (the field's key when it has none).
    QString column(const char* field) const;
    // File columns nobody reads, sorted.
    QStringList unread() const;
    // Columns read under a name other than the field's key.
    QVector<AppliedMapping> applied() const;

private:
    void resolve();
    int lookup(const char* field) const;

    ImportKind m_kind;
    QStringList m_columns;
    ColumnChoices m_choices;
    QVector<std::pair<const char*, int>> m_fields; // field key → column index
    // index() by the address of the caller's string literal, found by its text the first
    // time: a million rows ask for a dozen fields each, most of them not in the file. The
    // text is kept to check a hit (a caller's buffer may hold another name the next time).
    struct CachedField
    {
        const char* field = nullptr;
        int column = -1;
        char text[24] = {};
    };
    static constexpr size_t kCacheSlots = 128;
    mutable std::array<CachedField, kCacheSlots> m_cache{};
    mutable size_t m_cached = 0;
};

// Status words as people write them: "operational" is operating, "under construction" is
// building, "planned" is announced (sites); "active" is lit (links). Returns the key, or an
// empty string when the word is not known.
QString siteStatusKey(const QString& word);
QString linkStatusKey(const QString& word);

} // namespace atlas::io
