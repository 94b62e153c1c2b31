// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Compute Atlas writes an exported file (a chart, the map, the dashboard, a CSV
// or GeoJSON table; from the window or the command line): into a temporary file beside the
// target, renamed over it only once every byte has reached the disk. A full disk or any other
// failed write leaves the file that was there as it was and no temporary file behind, and
// says why; a target that is an open database is refused before anything is written.
//
// It is the core of the page writer (ui/export/pagewriter.h paints pages into it as PNG, SVG
// or PDF). It lives in the core because it needs QtCore only, and the table exports and
// their tests use it without a display.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
class QSaveFile;
QT_END_NAMESPACE

namespace atlas::io {

class OutputFile
{
public:
    explicit OutputFile(QString path);
    ~OutputFile(); // a file not committed is discarded
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Refuses a protected target (io/protectedfiles.h), then opens the temporary file.
    // Returns the device to write to, or null with error() set.
    QIODevice* open();
    // Checks that no write failed, then renames the temporary file over the target. Returns
    // false with error() set when it cannot; the target is then unchanged.
    bool commit();
    // Makes the export fail with this reason (a painter that could not finish, say): commit()
    // is not called, the target is unchanged.
    void fail(const QString& reason);

    QString error() const { return m_error; }
    QString path() const { return m_path; }

private:
    class WholeWrites;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<WholeWrites> m_device; // what writers write to: m_file, checked
    bool m_existed = false;
    QString m_error;
};

// `bytes` into `path` through an OutputFile. Returns the error, or an empty string.
QString writeOutputFile(const QString& path, const QByteArray& bytes);

} // namespace atlas::io
