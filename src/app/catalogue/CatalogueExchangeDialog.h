#pragma once

#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "workflow/catalogue/CatalogueImportRequest.h"
#include "workflow/catalogue/ExportCatalogue.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class CatalogueExchangeDialog;
}

namespace sgl::app {

/**
 * Administrators' catalogue export and re-import.
 *
 * Export writes the exchange CSV, its ranges companion, the FHIR Bundle or the FHIR ConceptMap
 * (local codes → LOINC) to a chosen file; retired analyses and exams are never exported.
 * Import reads a file (+ optional ranges CSV; format detected — CSV, Bundle or ConceptMap from
 * resourceType — or chosen) in transcoding or full (merge) mode and shows the
 * preview diff (counts; new, changed with before → after, unknown local codes, invalid LOINC;
 * every problem with its line). "Appliquer" is enabled only for a previewed file without any
 * blocking problem and applies exactly the previewed bytes, atomically, with a progress dialog
 * fed by ApplyCatalogueImport's callback on the GUI thread (storage::Database is single-thread).
 * A refused import lists its problems and states that the catalogue is unchanged.
 */
class CatalogueExchangeDialog : public QDialog {
    Q_OBJECT
public:
    CatalogueExchangeDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                            QWidget *parent = nullptr);
    ~CatalogueExchangeDialog() override;

    /** Writes the export to `path`; false (message in exportStatusText()) on failure. */
    bool exportTo(workflow::ExportCatalogue::Format format, const QString &path);
    void setImportFiles(const QString &path, const QString &rangesPath = {});
    /** Import file format: detected from name and content, or forced. */
    enum class ImportFormat { Detect, Csv, FhirBundle, ConceptMap };
    void setImportFormat(ImportFormat format);
    /**
     * Import mode. A ConceptMap always previews in transcoding mode: preview() switches the mode
     * selector to it (visibly) when the file is one.
     */
    void setMode(interop::catalogue::CatalogueDiff::Mode mode);
    [[nodiscard]] interop::catalogue::CatalogueDiff::Mode mode() const;
    /** Reads the file(s) and shows the diff; false when the files cannot be read or the preview failed. */
    bool preview();
    /** Applies the previewed import; true when a new catalogue version was written. */
    bool applyImport();

    [[nodiscard]] bool canApply() const;
    [[nodiscard]] QString exportStatusText() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QStringList problems() const;
    /** Diff table rows as "kind|code|detail" (for tests and screen readers' copy). */
    [[nodiscard]] QStringList diffRows() const;
    /** True once an import has been applied (the catalogue view reloads). */
    [[nodiscard]] bool catalogueChanged() const { return m_changed; }

private:
    void invalidatePreview();
    void showDiff(const interop::catalogue::CatalogueDiff &diff);
    void chooseExportFile();

    std::unique_ptr<Ui::CatalogueExchangeDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    std::optional<workflow::CatalogueImportRequest> m_previewed;
    bool m_changed = false;
};

} // namespace sgl::app
