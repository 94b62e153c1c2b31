// SPDX-License-Identifier: GPL-3.0-or-later
// The frame every edit form shares: labelled fields, a message area under them that says
// what is wrong with which field (each message a link to its field, which is also tinted and
// carries the message in its tooltip), warnings that do not stop a save, a banner for what
// the database said, and Save, which writes the form's changes as one undoable command. A
// form never loses what was typed: a refused save keeps the dialog open with every field as
// it was.
//
// The message area's room is reserved when the form opens, below the fields, so a message
// appearing or going never moves a field from under the pointer or the eye.
//
// Messages show for the fields the user has touched, and for all of them once Save is
// pressed, so an empty new form does not open covered in red.
#pragma once

#include "core/domain/validation.h"
#include "core/store/changeset.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace atlas {

class AtlasDocument;
class Dataset;

class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(AtlasDocument* document, const QString& title, QWidget* parent);

    // What would be written now; empty when nothing changed.
    virtual ChangeSet changes() const = 0;
    // Every problem the form has now, by field key (FieldError::field).
    virtual FieldErrors problems() const = 0;
    // After a successful save: the ids the store gave (the first is the form's own row).
    const QVector<Id>& savedIds() const { return m_savedIds; }

    // The message shown for a field now (empty when none is shown), for tests.
    QString shownError(const QString& field) const;
    // The warnings shown now, as plain text.
    QStringList shownWarnings() const { return m_shownWarnings; }
    QString bannerText() const;
    QWidget* fieldEditor(const QString& field) const;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    // Re-checks the fields and shows the messages (called on every edit).
    void revalidate();

protected:
    AtlasDocument* document() const { return m_document; }
    const Dataset& dataset() const;

    // Adds a labelled field; edits to it re-check the form. `field` is the key its errors
    // carry. The widget is reparented into the form.
    // `trailing` (a "Choose…" button) sits to the right of the editor, in the same row.
    QWidget* addField(const QString& field, const QString& label, QWidget* editor, const QString& toolTip = {},
                      QWidget* trailing = nullptr);
    QLineEdit* addLine(const QString& field, const QString& label, const QString& text, const QString& toolTip = {},
                       const QString& placeholder = {});
    QPlainTextEdit* addNote(const QString& field, const QString& label, const QString& text);
    // A row across the whole form (a table, a hint).
    void addWide(QWidget* widget);
    // Where the next fields go: startColumn() a new column beside the fields so far (a form
    // too tall for a 768-pixel screen in one column), startBelow() a new part across the
    // whole dialog under them.
    void startColumn();
    void startBelow();
    // Marks every field as touched (Save does this) so that all messages show; a form marks
    // one itself when it fills it on the user's behalf (a location picked on the map).
    void touchAll();
    void touch(const QString& field) { m_touched.insert(field); }
    // Whether the row the form edits is gone from the database (another window deleted it).
    virtual bool rowWasDeleted() const { return false; }
    // What is worth saying but does not stop a save (a site without a source).
    virtual QStringList warnings() const { return {}; }
    void showEvent(QShowEvent* event) override;
    // Errors of a field whose text does not parse: " \"abc\" is not a number".
    static void requireNumber(const QLineEdit* edit, const QString& field, FieldErrors* errors);

private:
    void watch(QWidget* editor, const QString& field);
    void showErrors(const FieldErrors& errors);
    void focusField(const QString& field);

    AtlasDocument* m_document;
    QVBoxLayout* m_layout;
    QLabel* m_banner;
    QVBoxLayout* m_body; // rows of forms side by side
    QHBoxLayout* m_row;
    QFormLayout* m_form; // where addField() adds now
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QLabel* m_messages; // the fields' errors and the warnings, in room reserved for them
    struct Field
    {
        QWidget* editor;
        QString label;   // as the form shows it, without its shortcut's &
        QString toolTip; // the editor's own, which a message replaces while it shows
    };
    QHash<QString, Field> m_fields;
    QStringList m_fieldOrder; // as added: messages list in the form's order
    QHash<QString, QString> m_shownErrors;
    QStringList m_shownWarnings;
    QSet<QString> m_touched;
    bool m_bannerShowsProblems = false; // the banner lists field problems (it goes when they do)
    QVector<Id> m_savedIds;
};

} // namespace atlas
