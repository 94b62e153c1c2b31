// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the files of a ZIP archive (a dataset as its hub lets people download it), through
// libzip. An entry larger than the caller's limit is refused before it is inflated, so an
// archive that inflates to gigabytes (a "zip bomb") costs nothing.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct zip; // libzip's archive

namespace atlas::io {

class ZipArchive
{
public:
    // Opens the archive; null, with *error set, when it is not one or cannot be read.
    static std::unique_ptr<ZipArchive> open(const QString& path, QString* error);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // The names of its files (folders left out), as stored ("release/data_centers.csv").
    QStringList names() const;
    // One file's bytes; empty, with *error set, when it is missing, damaged or larger than
    // maxBytes.
    QByteArray read(const QString& name, qint64 maxBytes, QString* error) const;

private:
    ZipArchive() = default;
    ::zip* m_zip = nullptr;
    QString m_path;
};

} // namespace atlas::io
