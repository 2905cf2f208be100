#include <iostream>
int main() { std::cout << "mtlstudio-cli\n"; return 0; }
