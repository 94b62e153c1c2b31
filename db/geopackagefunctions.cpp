// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/geopackagefunctions.h"

#include "db/geopackageenvelope.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sqlite3.h>

namespace atlas::db {
namespace {

// As GDAL answers them: NULL for a value that is not a GeoPackage blob (so the triggers'
// "NOT ST_IsEmpty(geom)" is not true and the row stays out of the index).
GeometryEnvelope envelopeOf(sqlite3_value* value)
{
    if (sqlite3_value_type(value) != SQLITE_BLOB)
        return {};
    const void* data = sqlite3_value_blob(value);
    const int size = sqlite3_value_bytes(value);
    return geometryEnvelope(static_cast<const char*>(data), size);
}

void isEmpty(sqlite3_context* context, int, sqlite3_value** arguments)
{
    switch (envelopeOf(arguments[0]).kind) {
    case GeometryEnvelope::Kind::NotGeoPackage:
        sqlite3_result_null(context);
        return;
    case GeometryEnvelope::Kind::Empty:
        sqlite3_result_int(context, 1);
        return;
    case GeometryEnvelope::Kind::Bounded:
    case GeometryEnvelope::Kind::Unreadable: // not empty; ST_MinX then says what is wrong
        sqlite3_result_int(context, 0);
        return;
    }
}

template <double GeometryEnvelope::*bound>
void coordinate(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const GeometryEnvelope box = envelopeOf(arguments[0]);
    switch (box.kind) {
    case GeometryEnvelope::Kind::NotGeoPackage:
    case GeometryEnvelope::Kind::Empty:
        sqlite3_result_null(context);
        return;
    case GeometryEnvelope::Kind::Bounded:
        sqlite3_result_double(context, box.*bound);
        return;
    case GeometryEnvelope::Kind::Unreadable: {
        // NULL would go into the R-tree as 0.0, a wrong box that GDAL would then trust: fail
        // the write instead, with a reason.
        const QByteArray message =
            QCoreApplication::translate("atlas::db::GeoPackageFunctions",
                                        "a geometry blob is cut short or of a type that cannot be "
                                        "measured for the spatial index")
                .toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size())); // SQLite copies it
        return;
    }
    }
}

struct Function
{
    const char* name;
    void (*body)(sqlite3_context*, int, sqlite3_value**);
};

} // namespace

bool registerGeoPackageFunctions(sqlite3* db, QString* error)
{
    static const Function functions[] = {
        {"ST_IsEmpty", isEmpty},
        {"ST_MinX", coordinate<&GeometryEnvelope::minX>},
        {"ST_MaxX", coordinate<&GeometryEnvelope::maxX>},
        {"ST_MinY", coordinate<&GeometryEnvelope::minY>},
        {"ST_MaxY", coordinate<&GeometryEnvelope::maxY>},
    };
    // Innocuous: a SQLite built with SQLITE_TRUSTED_SCHEMA=0 calls only such functions from
    // triggers. Deterministic: the same blob always gives the same answer.
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (const Function& function : functions) {
        if (sqlite3_create_function_v2(db, function.name, 1, flags, nullptr, function.body, nullptr,
                                       nullptr, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}

} // namespace atlas::db
