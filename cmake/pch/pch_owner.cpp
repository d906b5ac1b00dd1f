// Translation unit of the targets that own a precompiled header (cmake/SglPch.cmake): the
// header is built with this target's flags, and the libraries and tests reuse it.
