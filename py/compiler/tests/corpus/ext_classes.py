# Classes, special methods and exceptions.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


acct = Account("ada").deposit(50).deposit(25)
print(acct)
try:
    acct.deposit(-1)
except ValueError as e:
    print("refused:", e)
