#pragma once

#include <QByteArray>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept opaque here

namespace sgl::interop::xml {

/**
 * A private key that stays outside this process's memory (the professional's card, through
 * libp11's PKCS#11 binding: signing calls go to the card), with its certificate (PEM). XmlSigner
 * borrows the key for one call: the owner (interop/cps CpsCard) keeps it alive and logged in.
 * Only RSA keys are used (rsa-sha256).
 */
struct XmlExternalSigningKey {
    evp_pkey_st *key = nullptr;
    QByteArray certificatePem;
};

} // namespace sgl::interop::xml
