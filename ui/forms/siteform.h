// SPDX-License-Identifier: GPL-3.0-or-later
// The site form: what the site is (name, operator, status, notes, sources) beside where it is
// (place, address, coordinates, how it was placed), and below both its phases of capacity as
// an editable table. Saving writes the site and every phase change as one undoable command.
// The form is not modal, so the map stays usable: Shift+click on the map puts the site there.
// A site may be "not placed" (no location yet): its coordinates are then empty and off.
#pragma once

#include "ui/forms/rowform.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace atlas {

class PhaseEditModel;
class ReferencePicker;
class SourceListEditor;
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
    SourceListEditor* references() const { return m_references; }
    // Puts the site at a gazetteer place: longitude and latitude, approximate, the city,
    // region and country where they are empty, and the sentence saying how in "how placed".
    void usePlace(const GeocodeResult& place);
    // The location precision the form holds now.
    LocationPrecision precision() const;
    void setPrecision(LocationPrecision precision);

public Q_SLOTS:
    // Fills longitude and latitude (from a click on the map); a site not placed becomes
    // approximate (a click on the map is rarely the parcel).
    void setLocation(double lon, double lat);
    // Opens "Find Place" (the offline gazetteer); picking a place calls usePlace().
    void findPlace();
    void addPhase();
    void removeSelectedPhases();
    // Opens the Chips dialog for the current phase: its fleet a line per GPU model.
    void editChips();

protected:
    Site read(FieldErrors* errors) const override;
    QString commandText(const Site& row) const override;
    bool rowWasDeleted() const override;
    QStringList warnings() const override;

private:
    void buildWhat(const Site& site);
    void buildWhere(const Site& site);
    QWidget* buildPhases();
    QWidget* buildPhaseButtons();
    void precisionChanged();
    // Fills the coordinates; a site not placed becomes approximate.
    void placeAt(double lon, double lat);
    // Says how the site was placed in "how placed": replaces the sentence the form wrote
    // last, or adds the new one after what the user wrote.
    void notePlacement(const QString& sentence);

    QLineEdit* m_name;
    ReferencePicker* m_operator;
    QLineEdit* m_parties;
    QComboBox* m_status;
    QLineEdit* m_plannedMw;
    QPlainTextEdit* m_note;
    ReferencePicker* m_source;
    SourceListEditor* m_references;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_country;
    QLineEdit* m_address;
    QComboBox* m_precision;
    QLineEdit* m_lon;
    QLineEdit* m_lat;
    QPlainTextEdit* m_locationNote;
    PhaseEditModel* m_phases;
    QTableView* m_phaseTable = nullptr;
    QPushButton* m_chips = nullptr;
    QString m_placedBy;           // the sentence the form last wrote in "how placed"
    QString m_lonText, m_latText; // the coordinates while "not placed" hides them
};

} // namespace atlas
