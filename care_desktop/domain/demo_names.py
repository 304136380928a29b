"""Synthetic names for demo data, by country of return, in the scripts people there write.

Common given names and family names combined at random: no combination describes a real
person. Each country lists (given names female, given names male, family names).
"""

from __future__ import annotations

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "NGA": (
        ("Adaeze", "Chioma", "Ngozi", "Funmilayo", "Aisha", "Blessing", "Yetunde", "Amina",
         "Ifeoma", "Zainab", "Oluwaseun", "Hauwa"),
        ("Chinedu", "Emeka", "Oluwatobi", "Ibrahim", "Tunde", "Musa", "Obinna", "Segun"),
        ("Okonkwo", "Adeyemi", "Eze", "Bello", "Okafor", "Abubakar", "Nwosu", "Olawale",
         "Ogunleye", "Danjuma", "Chukwu", "Adebayo"),
    ),
    "GHA": (
        ("Akosua", "Ama", "Efua", "Abena", "Yaa", "Adwoa", "Esi", "Afua"),
        ("Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku"),
        ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Ofori"),
    ),
    "SEN": (
        ("Aminata", "Fatou", "Awa", "Mariama", "Khady", "Ndeye", "Coumba", "Astou"),
        ("Mamadou", "Moussa", "Cheikh", "Ousmane", "Abdoulaye", "Ibrahima"),
        ("Diallo", "Ndiaye", "Sow", "Diop", "Fall", "Sarr", "Ba", "Gueye", "Faye", "Cissé"),
    ),
    "GIN": (
        ("Mariama", "Kadiatou", "Fatoumata", "Hawa", "Aïssatou", "Djenabou"),
        ("Alpha", "Sékou", "Amadou", "Mamadi", "Lansana", "Thierno"),
        ("Camara", "Bah", "Barry", "Keïta", "Condé", "Sylla", "Touré", "Soumah"),
    ),
    "CIV": (
        ("Adjoua", "Amenan", "Affoué", "Aya", "Mariam", "Akissi"),
        ("Koffi", "Yao", "Konan", "Kouadio", "Seydou", "Drissa"),
        ("Kouassi", "Coulibaly", "Traoré", "Koné", "Yao", "Ouattara", "Bamba", "N'Guessan"),
    ),
    "CMR": (
        ("Ngono", "Mbarga", "Aïcha", "Brigitte", "Estelle", "Nadège"),
        ("Jean-Pierre", "Samuel", "Ahmadou", "Paul", "Hervé"),
        ("Nkoulou", "Eto'o", "Mballa", "Fotso", "Tchoupo", "Ngassa", "Abena"),
    ),
    "MAR": (
        ("فاطمة", "خديجة", "Salma", "Imane", "Nadia", "Houda", "زينب"),
        ("محمد", "Youssef", "Hamza", "Karim", "يوسف", "Rachid"),
        ("العلوي", "Benali", "El Amrani", "Tazi", "بنعلي", "Alaoui", "Idrissi"),
    ),
    "EGY": (
        ("مريم", "نور", "سارة", "Aya", "Mona", "هبة"),
        ("أحمد", "محمود", "Mostafa", "Omar", "عمر"),
        ("عبد الرحمن", "حسن", "El-Sayed", "Mahmoud", "إبراهيم", "Fahmy"),
    ),
    "ETH": (
        ("ሰላም", "ሄለን", "Meron", "Tigist", "ትዕግስት", "Hiwot", "Selam"),
        ("ዳዊት", "Dawit", "Abel", "ተስፋዬ", "Yonas", "Bereket"),
        ("ተስፋዬ", "Tesfaye", "Haile", "ገብረ", "Gebre", "Alemu", "Bekele"),
    ),
    "ERI": (
        ("ሳባ", "Saba", "Luwam", "ሉዋም", "Yordanos", "Senait"),
        ("ሚካኤል", "Mikael", "Yonatan", "Habtom", "Filmon"),
        ("ተወልደ", "Tewelde", "Ghebremedhin", "Kidane", "ኪዳነ", "Asmerom"),
    ),
    "VNM": (
        ("Nguyễn Thị Lan", "Thu", "Hương", "Mai", "Ngọc", "Linh", "Phương"),
        ("Minh", "Tuấn", "Hùng", "Đức", "Quang"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"),
    ),
    "CHN": (
        ("李娜", "王芳", "Li Na", "Wang Fang", "张敏", "Liu Yang", "陈静"),
        ("张伟", "Zhang Wei", "王磊", "Chen Jie"),
        ("李", "王", "张", "刘", "Chen", "Yang", "Zhao", "黄"),
    ),
    "NPL": (
        ("सीता", "Sita", "Gita", "गीता", "Sunita", "Anita", "Pooja"),
        ("राम", "Ram", "Bikash", "Suman", "Hari"),
        ("श्रेष्ठ", "Shrestha", "Tamang", "तामाङ", "Gurung", "Rai", "Magar"),
    ),
    "BGD": (
        ("ফাতেমা", "Fatema", "Nasrin", "Rupa", "Shirin", "Taslima"),
        ("রহিম", "Rahim", "Karim", "Jamal", "Sohel"),
        ("আহমেদ", "Ahmed", "Hossain", "Rahman", "ইসলাম", "Islam", "Akter"),
    ),
    "BRA": (
        ("Ana", "Maria", "Juliana", "Fernanda", "Conceição", "Letícia", "Luana"),
        ("João", "Pedro", "Luiz", "Thiago", "Marcos"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Conceição", "Araújo"),
    ),
    "COL": (
        ("María José", "Valentina", "Daniela", "Luz Ángela", "Yesenia", "Catalina"),
        ("Andrés", "Julián", "Camilo", "Jhon", "Sebastián"),
        ("Rodríguez", "Gómez", "Martínez", "López", "Muñoz", "Hernández", "Díaz"),
    ),
    "PER": (
        ("Rosa", "Milagros", "Yolanda", "Flor", "Sonia"),
        ("José", "Luis", "Wilmer", "Edwin"),
        ("Quispe", "Mamani", "Huamán", "Flores", "Condori", "Chávez"),
    ),
    "UKR": (
        ("Олена", "Olena", "Оксана", "Iryna", "Наталія", "Tetiana"),
        ("Андрій", "Andrii", "Сергій", "Oleksandr"),
        ("Шевченко", "Shevchenko", "Коваленко", "Bondarenko", "Ткаченко", "Kravchenko"),
    ),
    "ALB": (
        ("Elira", "Ardita", "Besjana", "Dorina", "Klodiana"),
        ("Arben", "Ermal", "Gentian", "Ilir"),
        ("Hoxha", "Shehu", "Gjoka", "Leka", "Krasniqi", "Dervishi"),
    ),
    "ROU": (
        ("Ioana", "Maria", "Elena", "Andreea", "Mihaela"),
        ("Ionuț", "Andrei", "Mihai", "Florin"),
        ("Popescu", "Ionescu", "Stan", "Dumitru", "Lungu", "Munteanu"),
    ),
}  # fmt: skip

RETURN_COUNTRY_WEIGHTS: dict[str, int] = {
    "NGA": 30, "GHA": 8, "SEN": 8, "GIN": 8, "CIV": 8, "CMR": 6, "MAR": 6, "EGY": 3, "ETH": 4,
    "ERI": 3, "VNM": 5, "CHN": 3, "NPL": 2, "BGD": 2, "BRA": 4, "COL": 3, "PER": 2, "UKR": 2,
    "ALB": 2, "ROU": 2,
}  # fmt: skip
HOST_COUNTRIES: dict[str, int] = {"FRA": 50, "ESP": 15, "PRT": 10, "AUT": 10, "GBR": 15}
PLACES: dict[str, tuple[str, ...]] = {
    "NGA": ("Benin City", "Lagos", "Ibadan", "Enugu", "Kano"),
    "GHA": ("Accra", "Kumasi", "Tamale"),
    "SEN": ("Dakar", "Thiès", "Kaolack", "Ziguinchor"),
    "GIN": ("Conakry", "Kankan", "Labé"),
    "CIV": ("Abidjan", "Bouaké", "Daloa"),
    "CMR": ("Douala", "Yaoundé", "Bafoussam"),
    "MAR": ("Casablanca", "Fès", "Béni Mellal"),
    "EGY": ("Cairo", "Alexandria", "Asyut"),
    "ETH": ("Addis Ababa", "Hawassa", "Dessie"),
    "ERI": ("Asmara", "Keren"),
    "VNM": ("Nghệ An", "Hà Tĩnh", "Hải Phòng"),
    "CHN": ("Fuzhou", "Wenzhou"),
    "NPL": ("Kathmandu", "Sindhupalchok"),
    "BGD": ("Dhaka", "Sylhet"),
    "BRA": ("Goiânia", "Belém", "Recife"),
    "COL": ("Pereira", "Cali", "Medellín"),
    "PER": ("Lima", "Cusco", "Puno"),
    "UKR": ("Kharkiv", "Odesa", "Lviv"),
    "ALB": ("Tirana", "Elbasan", "Shkodër"),
    "ROU": ("Iași", "Craiova", "Bacău"),
}
LANGUAGES: dict[str, tuple[str, ...]] = {
    "NGA": ("eng", "yor", "ibo", "hau"), "GHA": ("eng", "twi", "ewe"), "SEN": ("fra", "wol"),
    "GIN": ("fra", "ful"), "CIV": ("fra",), "CMR": ("fra", "eng"), "MAR": ("ara", "fra"),
    "EGY": ("ara",), "ETH": ("amh", "orm"), "ERI": ("tir", "ara"), "VNM": ("vie",),
    "CHN": ("zho",), "NPL": ("nep",), "BGD": ("ben",), "BRA": ("por",), "COL": ("spa",),
    "PER": ("spa", "que"), "UKR": ("ukr", "rus"), "ALB": ("sqi",), "ROU": ("ron",),
}  # fmt: skip
CURRENCIES: dict[str, str] = {
    "NGA": "NGN", "GHA": "GHS", "SEN": "XOF", "GIN": "GNF", "CIV": "XOF", "CMR": "XAF",
    "MAR": "MAD", "EGY": "EGP", "ETH": "ETB", "ERI": "ERN", "VNM": "VND", "CHN": "CNY",
    "NPL": "NPR", "BGD": "BDT", "BRA": "BRL", "COL": "COP", "PER": "PEN", "UKR": "UAH",
    "ALB": "ALL", "ROU": "RON",
}  # fmt: skip
