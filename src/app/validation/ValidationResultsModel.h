#pragma once

#include "workflow/validation/ValidationDossier.h"

#include <QAbstractItemModel>

namespace sgl::app {

/**
 * The results of the dossier being validated as a two-level tree: one top row per exam
 * ("Biochimie — Ionogramme"), its analyses below in the exam's order. Columns: analysis, value,
 * unit, the range applying to this patient, flag (L/H/LL/HH/A coloured), the last antériorité
 * with its date, the delta check (change highlighted when it fires), analyzer and its flags,
 * technical validation (who, when) and state. Tooltips carry the full texts (all antériorités,
 * delta reason, steps and reruns, technician comment). Qt::UserRole holds the result id (0 on
 * exam rows).
 */
class ValidationResultsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        AnalysisColumn,
        ValueColumn,
        UnitColumn,
        RangeColumn,
        FlagColumn,
        PreviousColumn,
        DeltaColumn,
        AnalyzerColumn,
        TechnicalColumn,
        StateColumn,
        ColumnCount
    };

    explicit ValidationResultsModel(QObject *parent = nullptr);

    void setDossier(const workflow::validation::ValidationDossier &dossier);
    [[nodiscard]] const workflow::validation::ValidationDossier &dossier() const { return m_dossier; }
    /** The result row behind `index` (any column), nullptr on an exam row. */
    [[nodiscard]] const workflow::validation::ValidationResultRow *resultRow(const QModelIndex &index) const;
    /** The chapter code of the exam group holding `index` (empty for "Autres analyses"). */
    [[nodiscard]] QString chapterOf(const QModelIndex &index) const;
    /** Index (column 0) of the result `resultId`, invalid when absent. */
    [[nodiscard]] QModelIndex indexOfResult(qint64 resultId) const;
    /** Index (column 0) of the analysis `code`, invalid when absent. */
    [[nodiscard]] QModelIndex indexOfAnalysis(const QString &code) const;

    /** "Δ +45 %" (or the absolute change when no relative one) for a fired or compared check; empty otherwise. */
    [[nodiscard]] static QString deltaText(const domain::DeltaComparison &delta);
    /** "5,4" with a decimal comma, at most `decimals` digits, trailing zeros dropped. */
    [[nodiscard]] static QString number(double value, int decimals = 2);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group {
        QString chapterCode;
        QString title;
        QList<const workflow::validation::ValidationResultRow *> rows;
    };
    [[nodiscard]] QVariant resultData(const workflow::validation::ValidationResultRow &r, int column, int role) const;
    [[nodiscard]] QString tooltip(const workflow::validation::ValidationResultRow &r, int column) const;

    workflow::validation::ValidationDossier m_dossier;
    QList<Group> m_groups;
};

} // namespace sgl::app
