// SPDX-License-Identifier: GPL-3.0-or-later
// The site form: the site's own fields and, below, its phases of capacity as an editable
// table. Saving writes the site and every phase change as one undoable command. The form is
// not modal, so the map stays usable: Shift+click on the map puts the site there.
#pragma once

#include "forms/rowform.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace atlas {

class PhaseEditModel;
class ReferencePicker;
struct GeocodeResult;

class SiteForm : public RowForm<Site>
{
    Q_OBJECT
public:
    // `site` with id 0 makes a new site.
    SiteForm(AtlasDocument* document, const Site& site, QWidget* parent);

    ChangeSet changes() const override;
    FieldErrors problems() const override;
    PhaseEditModel* phases() const { return m_phases; }
    QTableView* phaseTable() const { return m_phaseTable; }
    // Puts the site at a gazetteer place: longitude and latitude, approximate, the city,
    // region and country where they are empty, and the sentence saying how in the note.
    void usePlace(const GeocodeResult& place);

public Q_SLOTS:
    // Fills longitude and latitude (from a click on the map).
    void setLocation(double lon, double lat);
    // Opens "Find Place" (the offline gazetteer); picking a place calls usePlace().
    void findPlace();
    void addPhase();
    void removeSelectedPhases();

protected:
    Site read(FieldErrors* errors) const override;
    QString commandText(const Site& row) const override;
    bool rowWasDeleted() const override;

private:
    QWidget* buildPhases();

    QLineEdit* m_name;
    ReferencePicker* m_operator;
    QLineEdit* m_parties;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_country;
    QLineEdit* m_lon;
    QLineEdit* m_lat;
    QComboBox* m_precision;
    QComboBox* m_status;
    QLineEdit* m_plannedMw;
    QPlainTextEdit* m_note;
    ReferencePicker* m_source;
    PhaseEditModel* m_phases;
    QTableView* m_phaseTable = nullptr;
    QString m_placedBy; // the note's sentence from the last place used, replaced by the next
};

} // namespace atlas
