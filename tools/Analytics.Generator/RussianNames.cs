namespace Analytics.Generator;

/// <summary>Russian surnames, first names and patronymics for synthetic staff lists.</summary>
public static class RussianNames
{
    private static readonly string[] Surnames =
    [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
        "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
    ];

    private static readonly string[] FemaleNames =
    [
        "Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия",
        "Людмила", "Галина", "Марина", "Надежда", "Анастасия", "Валентина", "Оксана", "Евгения", "Дарья", "Виктория",
    ];

    private static readonly string[] MaleNames =
    [
        "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Николай",
        "Владимир", "Павел", "Артём", "Роман", "Олег",
    ];

    private static readonly string[] Patronymics =
    [
        "Александров", "Сергеев", "Владимиров", "Николаев", "Викторов", "Иванов", "Петров", "Михайлов", "Юрьев", "Анатольев",
    ];

    /// <summary>A full name: (surname, first name, patronymic).</summary>
    public static (string Last, string First, string Middle) Next(Random random, bool female)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var patronymic = Patronymics[random.Next(Patronymics.Length)];
        return female
            ? (surname + "а", FemaleNames[random.Next(FemaleNames.Length)], patronymic + "на")
            : (surname, MaleNames[random.Next(MaleNames.Length)], patronymic + "ич");
    }
}
