// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/outputfile.h"

#include "io/protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace atlas::io {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atlas::io::OutputFile", text);
}

} // namespace

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

// A QSaveFile destroyed without commit() removes its temporary file; the target stays as it was.
OutputFile::~OutputFile() = default;

QIODevice* OutputFile::open()
{
    m_error.clear();
    if (m_path.isEmpty()) {
        m_error = tr("No file name was given to write to.");
        return nullptr;
    }
    if (const QString conflict = protectedFileConflict(m_path); !conflict.isEmpty()) {
        m_error = conflict;
        return nullptr;
    }
    const QFileInfo info(m_path);
    if (info.isDir()) {
        m_error = tr("Cannot write %1: it is a folder. Give a file name.")
                      .arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    m_existed = info.exists();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(m_file->errorString());
        return nullptr;
    }
    return m_file.get();
}

bool OutputFile::commit()
{
    if (!m_file || !m_file->isOpen())
        return false; // open() failed or fail() was called: error() says why
    // QSaveFile refuses to commit after a failed write only when the write reached the disk
    // through it; the last bytes still in its buffer are written by close(), whose failure
    // it ignores (Qt 6.4: a full disk gave an empty file, renamed over the old one). So the
    // buffer is flushed, and checked, first.
    if (!m_file->flush() || m_file->error() != QFileDevice::NoError) {
        fail(m_file->errorString());
        return false;
    }
    if (!m_file->commit()) {
        fail(m_file->errorString());
        return false;
    }
    return true;
}

void OutputFile::fail(const QString& reason)
{
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
    m_file.reset(); // removes the temporary file now
    m_error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), reason);
    if (m_existed)
        m_error += QLatin1Char(' ') + tr("The file that was there is unchanged.");
}

QString writeOutputFile(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    QIODevice* device = file.open();
    if (!device)
        return file.error();
    if (device->write(bytes) != bytes.size()) {
        file.fail(device->errorString());
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}

} // namespace atlas::io
