// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/outputfile.h"

#include "core/io/protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::OutputFile)
};

} // namespace

// The device the writers (QSvgGenerator, QPdfWriter, QImageWriter, our CSV) write to. They
// ignore what write() returns, and a file takes part of a write on a nearly full disk and
// says nothing (QFileDevice returned the bytes that fitted, or lost the reason: on a disk
// with 4 KB left a 100 KB SVG became a 4 KB file and "Wrote"). Here the bytes are gathered,
// written to the unbuffered file in blocks, each whole or the export fails with the system's
// reason (it is the write of the rest that reports it).
class OutputFile::WholeWrites : public QIODevice
{
public:
    explicit WholeWrites(QSaveFile* file) : m_file(file) { open(QIODevice::WriteOnly); }
    bool isSequential() const override { return true; }
    QString failure() const { return m_failure; }

    // Writes what is gathered; false (failure() says why) when the file did not take it all.
    bool drain()
    {
        for (qint64 done = 0; m_failure.isEmpty() && done < m_pending.size();) {
            const qint64 n = m_file->write(m_pending.constData() + done, m_pending.size() - done);
            if (n <= 0) {
                m_failure = m_file->errorString();
                setErrorString(m_failure);
            }
            done += std::max<qint64>(n, 0);
        }
        m_pending.clear();
        return m_failure.isEmpty();
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_failure.isEmpty())
            return -1;
        m_pending.append(data, size);
        if (m_pending.size() >= kBlock && !drain())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype kBlock = 64 * 1024;
    QSaveFile* m_file;
    QByteArray m_pending;
    QString m_failure;
};

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

// A QSaveFile destroyed without commit() removes its temporary file; the target stays as it was.
OutputFile::~OutputFile() = default;

QIODevice* OutputFile::open()
{
    m_error.clear();
    if (m_path.isEmpty()) {
        m_error = Text::tr("No file name was given to write to.");
        return nullptr;
    }
    if (const QString conflict = protectedFileConflict(m_path); !conflict.isEmpty()) {
        m_error = conflict;
        return nullptr;
    }
    const QFileInfo info(m_path);
    if (info.isDir()) {
        m_error = Text::tr("Cannot write %1: it is a folder. Give a file name.")
                      .arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    m_existed = info.exists();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        fail(m_file->errorString());
        return nullptr;
    }
    m_device = std::make_unique<WholeWrites>(m_file.get());
    return m_device.get();
}

bool OutputFile::commit()
{
    if (!m_file || !m_file->isOpen())
        return false; // open() failed or fail() was called: error() says why
    if (!m_device->drain()) {
        fail(m_device->failure());
        return false;
    }
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
    m_device.reset();
    m_file.reset(); // removes the temporary file now
    m_error = Text::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), reason);
    if (m_existed)
        m_error += QLatin1Char(' ') + Text::tr("The file that was there is unchanged.");
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
