// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ZipArchive)
};

} // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(const QString& path, QString* error)
{
    int code = 0;
    ::zip* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t reason;
        zip_error_init_with_code(&reason, code);
        *error = Text::tr("%1 cannot be read as a ZIP archive: %2.")
                     .arg(QDir::toNativeSeparators(path),
                          QString::fromUtf8(zip_error_strerror(&reason)));
        zip_error_fini(&reason);
        return nullptr;
    }
    std::unique_ptr<ZipArchive> result(new ZipArchive);
    result->m_zip = archive;
    result->m_path = path;
    return result;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip); // opened read-only: nothing to write back
}

QStringList ZipArchive::names() const
{
    QStringList result;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name && !QByteArray(name).endsWith('/'))
            result << QString::fromUtf8(name);
    }
    return result;
}

QByteArray ZipArchive::read(const QString& name, qint64 maxBytes, QString* error) const
{
    const QByteArray key = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, key.constData(), ZIP_FL_ENC_GUESS, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE)) {
        *error = Text::tr("%1 has no file %2.").arg(QDir::toNativeSeparators(m_path), name);
        return {};
    }
    if (stat.size > zip_uint64_t(maxBytes)) {
        *error = Text::tr("%1 in %2 would be %3 MB unpacked; files over %4 MB are not read.")
                     .arg(name, QDir::toNativeSeparators(m_path))
                     .arg(double(stat.size) / 1e6, 0, 'f', 0)
                     .arg(maxBytes / 1000000);
        return {};
    }
    zip_file_t* file = zip_fopen(m_zip, key.constData(), ZIP_FL_ENC_GUESS);
    if (!file) {
        *error = Text::tr("%1 in %2 cannot be opened: %3.")
                     .arg(name, QDir::toNativeSeparators(m_path),
                          QString::fromUtf8(zip_strerror(m_zip)));
        return {};
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes.size()) {
        const zip_int64_t n =
            zip_fread(file, bytes.data() + done, zip_uint64_t(bytes.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    const bool damaged = done != bytes.size();
    const QString reason = QString::fromUtf8(zip_file_strerror(file));
    zip_fclose(file);
    if (damaged) {
        *error = Text::tr("%1 in %2 is damaged: %3.")
                     .arg(name, QDir::toNativeSeparators(m_path), reason);
        return {};
    }
    return bytes;
}

} // namespace atlas::io
