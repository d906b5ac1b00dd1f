// Every enum value that reaches the database, an exchange file or the wire, pinned to its literal
// string. Round trips (code -> enum -> code) cannot see a renamed code: a database written by one
// version would become unreadable by the next, or a peer would receive another value. A change
// here is a data migration, never a refactoring.

#include "domain/Sex.h"
#include "domain/catalogue/AgeLimit.h"
#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/ContainerType.h"
#include "domain/catalogue/LoincSubset.h"
#include "domain/catalogue/ReflexRule.h"
#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/IdentityStatus.h"
#include "domain/identity/InsOid.h"
#include "domain/identity/RnivStatusMachine.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/DossierStatus.h"
#include "domain/lab/NonConformity.h"
#include "domain/lab/OrderedExam.h"
#include "domain/lab/ResultValue.h"
#include "domain/lab/Specimen.h"
#include "domain/lab/ValidationState.h"
#include "domain/report/Channel.h"
#include "domain/report/ReportVersion.h"
#include "domain/security/Permission.h"
#include "domain/security/Role.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {

/** Each pair: the enum value and its stored code; checks code() and, when given, fromCode(). */
template <class E, class ToCode, class FromCode>
void pin(const std::vector<std::pair<E, const char *>> &table, ToCode toCode, FromCode fromCode)
{
    for (const auto &[value, literal] : table) {
        const QString code = QString::fromUtf8(literal);
        EXPECT_EQ(toCode(value), code) << literal;
        EXPECT_EQ(fromCode(code), std::optional<E>(value)) << literal;
    }
}

} // namespace

TEST(StoredCodes, IdentityCodes)
{
    pin<Sex>({{Sex::Female, "F"}, {Sex::Male, "M"}, {Sex::Unknown, "U"}}, sexCode, sexFromCode);
    pin<IdentityStatus>({{IdentityStatus::Prov, "PROV"},
                         {IdentityStatus::Recup, "RECUP"},
                         {IdentityStatus::Vali, "VALI"},
                         {IdentityStatus::Qual, "QUAL"}},
                        identityStatusCode, identityStatusFromCode);
    pin<EvidenceType>({{EvidenceType::IdentityCard, "CNI"},
                       {EvidenceType::Passport, "PASSEPORT"},
                       {EvidenceType::ResidencePermit, "TITRE_SEJOUR"},
                       {EvidenceType::BirthCertificateBook, "LIVRET_FAMILLE"},
                       {EvidenceType::DrivingLicence, "PERMIS"},
                       {EvidenceType::VitaleCard, "VITALE"},
                       {EvidenceType::Other, "AUTRE"}},
                      evidenceTypeCode, [](const QString &c) -> std::optional<EvidenceType> {
                          EvidenceType t{};
                          return evidenceTypeFromCode(c, &t) ? std::optional(t) : std::nullopt;
                      });
    // The INS OIDs (production and the test OIDs this project uses everywhere).
    EXPECT_EQ(insOidFor(InsKind::Nir, false), u"1.2.250.1.213.1.4.8"_s);
    EXPECT_EQ(insOidFor(InsKind::Nia, false), u"1.2.250.1.213.1.4.9"_s);
    EXPECT_EQ(insOidFor(InsKind::Nir, true), u"1.2.250.1.213.1.4.10"_s);
    EXPECT_EQ(insOidFor(InsKind::Nia, true), u"1.2.250.1.213.1.4.11"_s);
    // RNIV events are written in the identity history.
    const std::vector<std::pair<RnivEvent, const char *>> events{
        {RnivEvent::InsiIdentityAccepted, "INSI_ACCEPTED"},
        {RnivEvent::InsiIdentityRejected, "INSI_REJECTED"},
        {RnivEvent::InsiVerificationPassed, "INSI_VERIFIED"},
        {RnivEvent::InsiVerificationFailed, "INSI_VERIFICATION_FAILED"},
        {RnivEvent::HighTrustEvidenceChecked, "EVIDENCE_HIGH_TRUST"},
        {RnivEvent::LowTrustEvidenceChecked, "EVIDENCE_LOW_TRUST"},
        {RnivEvent::HighTrustEvidenceRemoved, "EVIDENCE_REMOVED"},
        {RnivEvent::StrictTraitEdited, "STRICT_TRAIT_EDITED"},
        {RnivEvent::UsedTraitEdited, "USED_TRAIT_EDITED"},
        {RnivEvent::MarkedDoubtful, "MARKED_DOUBTFUL"},
        {RnivEvent::DoubtLifted, "DOUBT_LIFTED"},
        {RnivEvent::MarkedFictitious, "MARKED_FICTITIOUS"},
        {RnivEvent::FictitiousLifted, "FICTITIOUS_LIFTED"}};
    for (const auto &[event, literal] : events)
        EXPECT_EQ(RnivStatusMachine::eventCode(event), QString::fromLatin1(literal));
}

TEST(StoredCodes, LabCodes)
{
    pin<AbnormalFlag>({{AbnormalFlag::Normal, "N"},
                       {AbnormalFlag::Low, "L"},
                       {AbnormalFlag::High, "H"},
                       {AbnormalFlag::CriticalLow, "LL"},
                       {AbnormalFlag::CriticalHigh, "HH"},
                       {AbnormalFlag::Abnormal, "A"},
                       {AbnormalFlag::CriticalAbnormal, "AA"},
                       {AbnormalFlag::BelowAbsoluteLow, "<"},
                       {AbnormalFlag::AboveAbsoluteHigh, ">"}},
                      abnormalFlagCode, abnormalFlagFromCode);
    pin<DossierStatus>({{DossierStatus::Registered, "registered"},
                        {DossierStatus::InProgress, "in_progress"},
                        {DossierStatus::TechnicallyValidated, "technically_validated"},
                        {DossierStatus::Validated, "validated"},
                        {DossierStatus::Reported, "reported"},
                        {DossierStatus::Cancelled, "cancelled"}},
                       dossierStatusCode, dossierStatusFromCode);
    pin<ValidationState>({{ValidationState::Pending, "pending"},
                          {ValidationState::Entered, "entered"},
                          {ValidationState::TechnicallyValidated, "technically_validated"},
                          {ValidationState::Validated, "validated"},
                          {ValidationState::RerunRequested, "rerun_requested"},
                          {ValidationState::Cancelled, "cancelled"}},
                         validationStateCode, validationStateFromCode);
    const std::vector<std::pair<ValidationAction, const char *>> actions{
        {ValidationAction::Enter, "enter"},
        {ValidationAction::TechnicalValidate, "technical_validate"},
        {ValidationAction::Validate, "validate"},
        {ValidationAction::RequestRerun, "request_rerun"},
        {ValidationAction::Correct, "correct"},
        {ValidationAction::Cancel, "cancel"}};
    for (const auto &[action, literal] : actions)
        EXPECT_EQ(validationActionCode(action), QString::fromLatin1(literal));
    pin<Comparator>({{Comparator::None, ""},
                     {Comparator::Less, "<"},
                     {Comparator::LessOrEqual, "<="},
                     {Comparator::Greater, ">"},
                     {Comparator::GreaterOrEqual, ">="}},
                    comparatorCode, comparatorFromCode);
    pin<ResultValue::Kind>({{ResultValue::Kind::Empty, "empty"},
                            {ResultValue::Kind::Numeric, "numeric"},
                            {ResultValue::Kind::Coded, "coded"},
                            {ResultValue::Kind::Text, "text"}},
                           resultKindCode, resultKindFromCode);
    pin<Specimen::Status>({{Specimen::Status::Expected, "expected"},
                           {Specimen::Status::Received, "received"},
                           {Specimen::Status::Rejected, "rejected"}},
                          specimenStatusCode, [](const QString &c) -> std::optional<Specimen::Status> {
                              Specimen::Status s{};
                              return specimenStatusFromCode(c, &s) ? std::optional(s) : std::nullopt;
                          });
    pin<Dossier::Priority>({{Dossier::Priority::Routine, "routine"}, {Dossier::Priority::Urgent, "urgent"},
                            {Dossier::Priority::Vital, "vital"}},
                           priorityCode, priorityFromCode);
    pin<Dossier::SamplerKind>({{Dossier::SamplerKind::Laboratory, "lab"}, {Dossier::SamplerKind::HomeNurse, "home_nurse"},
                               {Dossier::SamplerKind::Ward, "ward"}},
                              samplerKindCode, samplerKindFromCode);
    pin<Dossier::Origin>({{Dossier::Origin::External, "external"}, {Dossier::Origin::Ward, "ward"}}, originCode,
                         originFromCode);
    pin<OrderedExam::State>({{OrderedExam::State::Ordered, "ordered"}, {OrderedExam::State::Cancelled, "cancelled"}},
                            orderedExamStateCode, orderedExamStateFromCode);
    using R = NonConformity::Reason;
    pin<R>({{R::Haemolysed, "haemolysed"},
            {R::Clotted, "clotted"},
            {R::InsufficientVolume, "insufficient_volume"},
            {R::WrongContainer, "wrong_container"},
            {R::Unlabelled, "unlabelled"},
            {R::Mislabelled, "mislabelled"},
            {R::TransportDelay, "transport_delay"},
            {R::TemperatureExceeded, "temperature_exceeded"},
            {R::IdentityMismatch, "identity_mismatch"},
            {R::Other, "other"}},
           nonConformityReasonCode, nonConformityReasonFromCode);
    EXPECT_EQ(allNonConformityReasons().size(), 10);
    pin<NonConformity::Consequence>({{NonConformity::Consequence::NewSampleRequested, "new_sample"},
                                     {NonConformity::Consequence::PerformedWithReservation, "reservation"}},
                                    nonConformityConsequenceCode, nonConformityConsequenceFromCode);
}

TEST(StoredCodes, ReportAndDispatchCodes)
{
    pin<Channel>({{Channel::Dmp, "dmp"}, {Channel::MssPro, "mss_pro"}, {Channel::MssPatient, "mss_patient"}, {Channel::Dpi, "dpi"}},
                 channelCode, channelFromCode);
    pin<DispatchState>({{DispatchState::Pending, "pending"},
                        {DispatchState::Sending, "sending"},
                        {DispatchState::Sent, "sent"},
                        {DispatchState::Acknowledged, "acknowledged"},
                        {DispatchState::Failed, "failed"},
                        {DispatchState::Cancelled, "cancelled"},
                        {DispatchState::Withheld, "withheld"},
                        {DispatchState::Blocked, "blocked"},
                        {DispatchState::Parked, "parked"}},
                       dispatchStateCode, dispatchStateFromCode);
    EXPECT_EQ(reportVersionStatusCode(ReportVersion::Status::Draft), u"draft"_s);
    EXPECT_EQ(reportVersionStatusCode(ReportVersion::Status::Issued), u"issued"_s);
    EXPECT_EQ(reportVersionStatusCode(ReportVersion::Status::Replaced), u"replaced"_s);
    EXPECT_EQ(reportVersionStatusCode(ReportVersion::Status::Withdrawn), u"withdrawn"_s);
}

TEST(StoredCodes, CatalogueCodes)
{
    pin<ResultType>({{ResultType::Numeric, "numeric"}, {ResultType::Coded, "coded"}, {ResultType::Text, "text"}},
                    resultTypeCode, resultTypeFromCode);
    pin<ReflexCondition>({{ReflexCondition::Above, ">"},
                          {ReflexCondition::AtOrAbove, ">="},
                          {ReflexCondition::Below, "<"},
                          {ReflexCondition::AtOrBelow, "<="},
                          {ReflexCondition::Abnormal, "abnormal"},
                          {ReflexCondition::Critical, "critical"},
                          {ReflexCondition::CodedValue, "coded"}},
                         reflexConditionCode, reflexConditionFromCode);
    EXPECT_EQ(loincStatusCode(LoincStatus::Missing), u"missing"_s);
    EXPECT_EQ(loincStatusCode(LoincStatus::Invalid), u"invalid"_s);
    EXPECT_EQ(loincStatusCode(LoincStatus::Unverified), u"unverified"_s);
    EXPECT_EQ(loincStatusCode(LoincStatus::Verified), u"verified"_s);
    // Age limits of reference ranges, as written in the ranges exchange file.
    for (const auto &[text, days] : std::vector<std::pair<const char *, AgeLimit::Unit>>{
             {"30d", AgeLimit::Unit::Days}, {"6m", AgeLimit::Unit::Months}, {"18y", AgeLimit::Unit::Years}}) {
        const auto limit = AgeLimit::parse(QString::fromLatin1(text));
        ASSERT_TRUE(limit.has_value()) << text;
        EXPECT_EQ(limit->unit, days) << text;
        EXPECT_EQ(limit->toString(), QString::fromLatin1(text));
    }
    // Container types and clinical questions: codes stored with analysis versions
    // (catalogue_analyses.container_code, catalogue_analysis_questions) and exchanged (CSV, FHIR).
    QStringList containers;
    for (const ContainerType &c : ContainerType::builtIn())
        containers << c.code;
    EXPECT_EQ(containers, (QStringList{u"SEC"_s, u"SECSG"_s, u"HEP"_s, u"EDTA"_s, u"CIT"_s, u"FLU"_s, u"GDS"_s,
                                       u"URI"_s, u"URI24"_s, u"POT"_s}));
    QStringList questions;
    for (const ClinicalQuestion &q : ClinicalQuestion::builtIn())
        questions << q.code;
    EXPECT_EQ(questions, (QStringList{u"FASTING"_s, u"PREGNANCY"_s, u"PREGNANCY_WEEKS"_s, u"ANTICOAGULANT"_s,
                                      u"WEIGHT"_s, u"HEIGHT"_s, u"LAST_DOSE"_s, u"TREATMENT"_s}));
}

TEST(StoredCodes, SecurityCodes)
{
    pin<Role>({{Role::Secretary, "secretary"}, {Role::Technician, "technician"}, {Role::Biologist, "biologist"}, {Role::Admin, "admin"}},
              roleCode, roleFromCode);
    const std::vector<std::pair<Permission, const char *>> permissions{
        {Permission::PatientRead, "patient.read"},
        {Permission::PatientWrite, "patient.write"},
        {Permission::IdentityQualify, "identity.qualify"},
        {Permission::PatientMerge, "patient.merge"},
        {Permission::DossierCreate, "dossier.create"},
        {Permission::DossierRead, "dossier.read"},
        {Permission::SpecimenReceive, "specimen.receive"},
        {Permission::ResultEnter, "result.enter"},
        {Permission::ResultTechnicalValidate, "result.technical_validate"},
        {Permission::ResultValidate, "result.validate"},
        {Permission::ResultCorrect, "result.correct"},
        {Permission::ReportSign, "report.sign"},
        {Permission::ReportDispatch, "report.dispatch"},
        {Permission::DispatchManage, "dispatch.manage"},
        {Permission::CatalogueEdit, "catalogue.edit"},
        {Permission::UserAdmin, "user.admin"},
        {Permission::AuditVerify, "audit.verify"},
        {Permission::SystemConfig, "system.config"}};
    pin<Permission>(permissions, permissionCode, permissionFromCode);
    // Every permission is in the table: a new one must be pinned here too.
    EXPECT_EQ(allPermissions().size(), static_cast<qsizetype>(permissions.size()));
}
