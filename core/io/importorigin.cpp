// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importorigin.h"

#include "core/domain/enumtext.h"

#include <QCryptographicHash>

namespace atlas::io {
namespace {

// Fields joined with separators no text field holds (US and RS), hashed.
class Hasher
{
public:
    Hasher& add(const QString& text)
    {
        m_hash.addData(text.toUtf8());
        m_hash.addData(QByteArrayView("\x1f", 1));
        return *this;
    }
    Hasher& add(const std::optional<double>& value)
    {
        return add(value ? QString::number(*value, 'g', 17) : QString());
    }
    Hasher& add(double value) { return add(QString::number(value, 'g', 17)); }
    Hasher& add(bool value) { return add(value ? QStringLiteral("1") : QStringLiteral("0")); }
    QString result() { return QString::fromLatin1(m_hash.result().toHex().left(32)); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

ReferenceNames referenceNamesIn(const Dataset& data)
{
    return {[&data](Id id) {
                const Operator* op = data.op(id);
                return op ? op->name : QString();
            },
            [&data](Id id) {
                const Source* s = data.source(id);
                return s ? (s->url.isEmpty() ? QStringLiteral("title:") + s->title : s->url)
                         : QString();
            },
            [&data](Id id) {
                const GpuModel* m = data.gpuModel(id);
                return m ? m->name : QString();
            }};
}

QString fingerprint(const Site& site, const ReferenceNames& names)
{
    Hasher h;
    h.add(site.name)
        .add(names.operatorName(site.operatorId))
        .add(site.parties)
        .add(site.city)
        .add(site.region);
    h.add(site.country).add(site.address).add(toKey(site.precision));
    if (site.hasLocation())
        h.add(site.lon).add(site.lat);
    h.add(site.locationNote).add(toKey(site.status)).add(site.plannedMw).add(site.note);
    h.add(names.sourceKey(site.sourceId));
    for (Id reference : site.referenceIds)
        h.add(names.sourceKey(reference));
    return h.result();
}

QString fingerprint(const SitePhase& phase, const ReferenceNames& names)
{
    Hasher h;
    h.add(phase.onlineDate.toString(Qt::ISODate))
        .add(toKey(phase.datePrecision))
        .add(phase.itMw)
        .add(phase.facilityMw);
    h.add(phase.h100e)
        .add(phase.buildingsOperational)
        .add(phase.capexUsd)
        .add(phase.estimate)
        .add(phase.projected);
    h.add(phase.note).add(names.sourceKey(phase.sourceId));
    for (const ChipCount& chip : phase.chips) {
        h.add(names.gpuModelName(chip.gpuModelId));
        h.add(chip.count ? std::optional<double>(double(*chip.count)) : std::nullopt)
            .add(chip.estimate)
            .add(chip.note);
    }
    return h.result();
}

bool untouched(const Site& site, const ReferenceNames& names)
{
    return !site.origin.isEmpty() && site.origin.fingerprint == fingerprint(site, names);
}

bool untouched(const SitePhase& phase, const ReferenceNames& names)
{
    return !phase.origin.isEmpty() && phase.origin.fingerprint == fingerprint(phase, names);
}

} // namespace atlas::io
