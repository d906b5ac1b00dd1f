#pragma once

#include "domain/identity/Patient.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * Patients found by a search (Accueil), one row each: IPP, birth name, used name, first names,
 * birth date (dd/MM/yyyy), sex, RNIV status, INS. The INS is shown only when the identity is
 * qualified (RNIV: an unqualified INS must not be used). Read-only; the view replaces the whole
 * list after each search.
 */
class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LocalId, BirthName, UsedName, FirstNames, BirthDate, SexColumn, Status, InsColumn,
                  ColumnCount };
    /** Qt::UserRole on any column: the patient id (qint64). */
    static constexpr int PatientIdRole = Qt::UserRole;
    /** Qt::UserRole + 1 on Status: the RNIV code ("QUAL"...), for the badge delegate and sorting. */
    static constexpr int StatusCodeRole = Qt::UserRole + 1;

    explicit PatientListModel(QObject *parent = nullptr);

    void setPatients(QList<domain::Patient> patients);
    [[nodiscard]] const domain::Patient *patientAt(int row) const;
    [[nodiscard]] int rowOf(qint64 patientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::Patient> m_patients;
};

} // namespace sgl::app
