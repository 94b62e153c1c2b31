// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalprograms.h"

#include "tempdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace atlas::test {
namespace {

QString ogrinfo()
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
    if (path.isEmpty())
        qFatal(
            "ogrinfo not found: install GDAL (Debian: gdal-bin; packaging/install-deps.sh does)");
    return path;
}

} // namespace

ProgramRun runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    const bool crashed = process.exitStatus() == QProcess::CrashExit;
    return {crashed ? 128 + process.exitCode() : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void createGdalSpatialIndex(const QString& file, const QString& layer)
{
    const ProgramRun run = runProgram(
        ogrinfo(), {file, QStringLiteral("-q"), QStringLiteral("-sql"),
                    QStringLiteral("SELECT CreateSpatialIndex('%1', 'geom')").arg(layer)});
    if (run.exitCode != 0 || !run.out.contains(QStringLiteral("CreateSpatialIndex (Integer) = 1")))
        qFatal("ogrinfo could not index %s: %s", qPrintable(layer), qPrintable(run.out + run.err));
}

QStringList gdalFindsInBox(const QString& file, const QString& layer, double minX, double minY,
                           double maxX, double maxY)
{
    const ProgramRun run =
        runProgram(ogrinfo(), {QStringLiteral("-ro"), QStringLiteral("-spat"),
                               QString::number(minX), QString::number(minY), QString::number(maxX),
                               QString::number(maxY), file, layer});
    if (run.exitCode != 0 || run.err.contains(QStringLiteral("ERROR")))
        qFatal("ogrinfo failed: %s", qPrintable(run.err));
    const QRegularExpression feature(
        layer == QLatin1String("sites")
            ? QStringLiteral("^  name \\(String\\) = (.*)$")
            : QStringLiteral("^OGRFeature\\(%1\\):(\\d+)$").arg(QRegularExpression::escape(layer)),
        QRegularExpression::MultilineOption);
    QStringList found;
    for (auto it = feature.globalMatch(run.out); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

QStringList gdalSitesNear(const QString& file, double lon, double lat)
{
    return gdalFindsInBox(file, QStringLiteral("sites"), lon - 0.01, lat - 0.01, lon + 0.01,
                          lat + 0.01);
}

int gdalIndexTriggers(const QString& file, const QString& layer)
{
    return querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                         "'trigger' AND name LIKE 'rtree_%1_geom_%'")
                              .arg(layer))
        .value(0)
        .toInt();
}

} // namespace atlas::test
