// Placeholder: filled in by its own change.
#include "graph/Registry.h"
namespace mtl {
void registerDSelectTypes(Registry&) {}
}  // namespace mtl
