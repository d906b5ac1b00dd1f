#pragma once

namespace sgl::interop::directory {

/** The Annuaire Santé public extraction files SGL imports, recognised by their header line. */
enum class DirectoryFileKind {
    PersonneActivite, ///< PS_LibreAcces_Personne_activite (56 columns): professionals × activities
    SavoirFaire,      ///< PS_LibreAcces_SavoirFaire (13 columns): professionals × savoir-faire
    DiplAutExerc,     ///< PS_LibreAcces_Dipl_AutExerc (13 columns): diplomas and exercise authorisations
    MssanteMailboxes  ///< Extraction_Correspondance_MSSante (31 columns): MSSanté mailboxes
};

} // namespace sgl::interop::directory
