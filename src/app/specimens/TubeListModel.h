#pragma once

#include "workflow/specimens/TubeBoard.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The tubes of the dossier shown on the reception screen: barcode, tube, state (attendu, reçu,
 * refusé), received at and by, analyses, non-conformities (reason and consequence).
 */
class TubeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Barcode, Container, State, ReceivedAt, ReceivedBy, Analyses, NonConformities, ColumnCount };
    static constexpr int SpecimenIdRole = Qt::UserRole;

    explicit TubeListModel(QObject *parent = nullptr);

    void setTubes(QList<workflow::specimens::TubeRow> tubes);
    [[nodiscard]] const workflow::specimens::TubeRow *tubeAt(int row) const;
    [[nodiscard]] int rowOf(const QString &barcode) const;

    /** "Attendu", "Reçu", "Refusé (motif)". */
    [[nodiscard]] static QString stateText(const domain::Specimen &specimen);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::specimens::TubeRow> m_tubes;
};

} // namespace sgl::app
